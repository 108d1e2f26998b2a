import type { Locale } from "@sahifa/domain/locales";
import type { NamespaceBundle } from "@sahifa/i18n/i18n-instance";
import { resources } from "@sahifa/i18n/resources";
import type { i18n } from "i18next";
import { i18nFromBundle, READER_NAMESPACES } from "./i18n.ts";

const bundles = new Map<Locale, NamespaceBundle>();

/** The reader namespaces of one locale: sent with each document for the browser's instance (built once per locale). */
export function readerBundle(locale: Locale): NamespaceBundle {
  let bundle = bundles.get(locale);
  if (!bundle) {
    bundle = Object.fromEntries(
      READER_NAMESPACES.map((namespace) => [namespace, resources[locale][namespace]]),
    );
    bundles.set(locale, bundle);
  }
  return bundle;
}

/** For loaders: titles and descriptions are worded on the server. */
export function i18nFor(locale: Locale): i18n {
  return i18nFromBundle(locale, readerBundle(locale));
}
