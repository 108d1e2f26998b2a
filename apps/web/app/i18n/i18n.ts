import type { Locale } from "@sahifa/domain/locales";
import { createI18nInstance } from "@sahifa/i18n/i18n-instance";
import { type Namespace, resources } from "@sahifa/i18n/resources";
import type { i18n } from "i18next";

/** What reader pages use; the desk's namespace stays out of the reader app. */
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
 * The edition's i18n instance, for components (through react-i18next's provider) and for the
 * words routes put in titles. One per locale, shared between requests: nothing changes its
 * language, because each edition has its own.
 */
export function i18nFor(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    const bundle = Object.fromEntries(
      READER_NAMESPACES.map((namespace) => [namespace, resources[locale][namespace]]),
    );
    instance = createI18nInstance(locale, bundle, "common");
    instances.set(locale, instance);
  }
  return instance;
}
