import type { Locale } from "@sahifa/domain/locales";
import type { i18n } from "i18next";
import { createI18nInstance } from "./i18n-instance.ts";
import { DEFAULT_NAMESPACE, NAMESPACES, type Namespace, resources } from "./resources.ts";

/**
 * A fresh, fully initialised i18next instance for one locale: one per server request
 * (never the global singleton, which requests would share) and one in the browser.
 * Resources are bundled, so initialisation is synchronous and `t()` works on return.
 */
export function createI18n(locale: Locale, namespaces: readonly Namespace[] = NAMESPACES): i18n {
  const bundle = Object.fromEntries(namespaces.map((namespace) => [namespace, resources[locale][namespace]]));
  return createI18nInstance(
    locale,
    bundle,
    namespaces.includes(DEFAULT_NAMESPACE) ? DEFAULT_NAMESPACE : (namespaces[0] ?? DEFAULT_NAMESPACE),
  );
}
