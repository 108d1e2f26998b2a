import { isLocale, LOCALES, type Locale } from "@sahifa/domain/locales";
import i18next, { type i18n } from "i18next";
import { formatNumber } from "./format.ts";
import type { Namespace } from "./resources.ts";

/** Some namespaces of one locale, as i18next takes them (what `resources[locale]` holds). */
export type NamespaceBundle = Partial<Record<Namespace, object>>;

/**
 * An initialised i18next instance from resources the caller already has. It imports no
 * resources itself, so a browser bundle can build its instance from the namespaces the
 * server sent with the page instead of shipping every locale's strings as JavaScript.
 * `createI18n` (create-i18n.ts) is this with the bundled resources.
 */
export function createI18nInstance(
  locale: Locale,
  bundle: NamespaceBundle,
  defaultNamespace: Namespace,
): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    supportedLngs: [...LOCALES],
    // Every locale is complete (resources.test.ts); falling back would mix languages on a page.
    fallbackLng: false,
    ns: Object.keys(bundle),
    defaultNS: defaultNamespace,
    resources: { [locale]: bundle },
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;" to readers.
    interpolation: { escapeValue: false },
  });
  // `{{count, number}}` in the resources goes through our formatter, so counts follow
  // the same numeral policy as every other figure on the page.
  instance.services.formatter?.add("number", (value, lng) =>
    formatNumber(value, isLocale(lng) ? lng : locale),
  );
  return instance;
}
