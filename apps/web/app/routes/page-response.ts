import type { Locale } from "@sahifa/domain/locales";
import type { ReactElement } from "react";
import { i18nFor } from "../i18n/i18n.ts";
import type { PageSeo } from "../model/seo.ts";
import { brandedMeta, everyEdition, type HeadTag, listingSeo } from "../seo/seo.ts";
import type { ReaderDeps } from "./reader-deps.ts";

/** What a route answers: the server renders it in its edition's frame (server/edition-page.ts). */
export interface PageResponse {
  locale: Locale;
  /** The page's own path (the navigation marks it current). */
  path: string;
  head: readonly HeadTag[];
  content: ReactElement;
  switcherTargets?: Partial<Record<Locale, string>>;
  status?: number;
  cacheControl?: string;
  /** Surrogate keys beside the edition's (see `surrogateKeys`). */
  keys?: readonly string[];
}

/**
 * SEO for a page every edition has (front, listings, authors, live, about…), worded in its
 * language. `rest` is the path after the locale ("" for the front page).
 */
export function editionSeo(
  deps: ReaderDeps,
  locale: Locale,
  rest: string,
  words: (t: ReturnType<typeof i18nFor>["t"]) => { title: string; description: string },
): PageSeo {
  const t = i18nFor(locale).t;
  return listingSeo({ locale, origin: deps.origin, rest, ...words(t), siteName: t("common:brand") });
}

/** The head and switcher of a page every edition has, its title followed by the brand. */
export function editionPageHead(seo: PageSeo, rest: string) {
  return { head: brandedMeta(seo), switcherTargets: everyEdition(rest), path: seo.path };
}
