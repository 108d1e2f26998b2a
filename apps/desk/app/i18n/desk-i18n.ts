import type { Locale } from "@sahifa/domain/locales";
import { createI18nInstance, type NamespaceBundle } from "@sahifa/i18n/i18n-instance";
import type { i18n } from "i18next";

const instances = new Map<Locale, i18n>();

/**
 * The desk's i18n instance, built from the namespaces the frame's loader sent with the page
 * (so the browser bundle carries no locale's strings as JavaScript). One per locale: nothing
 * calls changeLanguage on it, so requests cannot leak a language into each other.
 */
export function deskI18nFromBundle(locale: Locale, bundle: NamespaceBundle): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createI18nInstance(locale, bundle, "common");
    instances.set(locale, instance);
  }
  return instance;
}
