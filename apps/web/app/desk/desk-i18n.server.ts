import type { Locale } from "@sahifa/domain/locales";
import type { NamespaceBundle } from "@sahifa/i18n/i18n-instance";
import { resources } from "@sahifa/i18n/resources";
import type { i18n } from "i18next";
import { readerBundle } from "../i18n/i18n.server.ts";
import { deskI18nFromBundle } from "./desk-i18n.ts";

/** Reader namespaces and `desk` for one locale: what the desk layout sends with its pages. */
export function deskBundle(locale: Locale): NamespaceBundle {
  return { ...readerBundle(locale), desk: resources[locale].desk };
}

/** For desk loaders and meta: titles and messages worded on the server. */
export function deskI18nFor(locale: Locale): i18n {
  return deskI18nFromBundle(locale, deskBundle(locale));
}
