import { isLocale } from "@sahifa/domain/locales";
import type { i18n } from "i18next";
import { originOf } from "./env.server.ts";
import { i18nFor } from "./i18n/i18n.server.ts";
import { notFound } from "./not-found.ts";
import { everyEdition, listingSeo } from "./seo.ts";

/**
 * The start of every loader for a page all editions have (front, listings, authors, live,
 * about…): check the edition, then word the page's title and description in its language.
 * `rest` is the path after the locale ("" for the front page).
 */
export function editionPage(
  url: URL,
  rawLocale: string | undefined,
  rest: string,
  words: (t: i18n["t"]) => { title: string; description: string },
) {
  if (!isLocale(rawLocale)) throw notFound();
  const locale = rawLocale;
  const t = i18nFor(locale).t;
  const { title, description } = words(t);
  return {
    locale,
    t,
    alternates: everyEdition(rest),
    seo: listingSeo({
      locale,
      origin: originOf(url),
      rest,
      title,
      description,
      siteName: t("common:brand"),
    }),
  };
}
