import type { Locale } from "@sahifa/domain/locales";
import { createI18nInstance, type NamespaceBundle } from "@sahifa/i18n/i18n-instance";
import type { Namespace } from "@sahifa/i18n/resources";
import type { i18n } from "i18next";

/** What reader pages use; the desk's namespace stays out of reader pages. */
export const READER_NAMESPACES = [
  "common",
  "article",
  "footer",
  "errors",
  "search",
  "live",
] as const satisfies readonly Namespace[];

const instances = new Map<Locale, i18n>();

/**
 * The page's i18n instance, built from the namespaces the root loader sent with the page
 * (so the browser bundle carries no locale's strings as JavaScript). One instance per locale:
 * safe to share between requests because nothing calls changeLanguage on it.
 */
export function i18nFromBundle(locale: Locale, bundle: NamespaceBundle): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createI18nInstance(locale, bundle, "common");
    instances.set(locale, instance);
  }
  return instance;
}
