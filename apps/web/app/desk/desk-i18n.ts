import type { Locale } from "@sahifa/domain/locales";
import { createI18nInstance, type NamespaceBundle } from "@sahifa/i18n/i18n-instance";
import type { i18n } from "i18next";

const instances = new Map<Locale, i18n>();

/**
 * The desk's i18n instance: the reader namespaces the root loader sent plus the `desk`
 * namespace the desk layout loader sends (reader pages never carry the desk's strings).
 * One per locale, like the reader instances: nothing calls changeLanguage on it, so
 * requests cannot leak a language into each other.
 */
export function deskI18nFromBundle(locale: Locale, bundle: NamespaceBundle): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createI18nInstance(locale, bundle, "common");
    instances.set(locale, instance);
  }
  return instance;
}
