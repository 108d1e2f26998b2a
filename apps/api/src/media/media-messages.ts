import type { Locale } from "@sahifa/domain/locales";
import { MEDIA_LIMITS } from "@sahifa/domain/media";
import { createI18n } from "@sahifa/i18n/create-i18n";
import type { I18nResources } from "@sahifa/i18n/resources";

type MediaKey = keyof I18nResources["media"] extends infer K
  ? K extends `${infer Base}_${"one" | "other"}`
    ? Base
    : K
  : never;

export type MediaMessage = { key: MediaKey; values?: Record<string, string | number> };

const MB = 1024 * 1024;

type Translate = (key: string, values?: Record<string, string | number>) => string;
const translators = new Map<Locale, Translate>();

/**
 * The media library's refusals in the asker's language. One i18next instance per
 * locale is kept: it is only read (its language never changes), so requests share it.
 */
export function mediaMessage(locale: Locale, message: MediaMessage): string {
  let t = translators.get(locale);
  if (!t) {
    t = createI18n(locale, ["media"]).getFixedT(locale, "media") as unknown as Translate;
    translators.set(locale, t);
  }
  const values = { ...message.values };
  if (message.key === "unsupportedType") {
    values.accepted = t("accepted", {
      imageMb: MEDIA_LIMITS.imageBytes / MB,
      megapixels: MEDIA_LIMITS.imagePixels / 1_000_000,
      videoMb: MEDIA_LIMITS.videoBytes / MB,
    });
  }
  return t(message.key, values);
}
