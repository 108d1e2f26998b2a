import type { Locale } from "@sahifa/domain/locales";
import type { NamespaceBundle } from "@sahifa/i18n/i18n-instance";
import { type Namespace, resources } from "@sahifa/i18n/resources";
import type { i18n } from "i18next";
import { deskI18nFromBundle } from "./desk-i18n.ts";

/** What desk pages word themselves with: shared labels, error pages and the desk's own strings. */
const DESK_NAMESPACES = [
  "common",
  "errors",
  "desk",
  "newsroom",
  "problems",
] as const satisfies readonly Namespace[];

const bundles = new Map<Locale, NamespaceBundle>();

/** The desk's namespaces of one locale: sent with each page for the browser's instance (built once per locale). */
export function deskBundle(locale: Locale): NamespaceBundle {
  let bundle = bundles.get(locale);
  if (!bundle) {
    bundle = Object.fromEntries(
      DESK_NAMESPACES.map((namespace) => [namespace, resources[locale][namespace]]),
    );
    bundles.set(locale, bundle);
  }
  return bundle;
}

/** For desk loaders and meta: titles and messages worded on the server. */
export function deskI18nFor(locale: Locale): i18n {
  return deskI18nFromBundle(locale, deskBundle(locale));
}
