import type { Locale } from "@sahifa/domain/locales";
import { litePath } from "../app/render/lite-mode.ts";
import { listArticles } from "./api.ts";

/** Every kind of reader page an edition has, by the name the tests report. */
export const PAGE_TYPES = [
  "front",
  "section",
  "tag",
  "region",
  "author",
  "dossier",
  "article",
  "live",
  "search",
  "lite",
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const LINKED_PAGES = ["tag", "region", "author", "dossier"] as const;

/** The first link on a page to a page of `kind` (`/{locale}/{kind}/{slug}`). */
function linkTo(html: string, locale: Locale, kind: string): string | null {
  return new RegExp(`href="(/${locale}/${kind}/[^"?#]+)"`).exec(html)?.[1] ?? null;
}

/**
 * One path of each page type in an edition of the demo newsroom, found as a reader would: the
 * tag, region, author and dossier pages are those the newest articles link to.
 */
export async function pageOfEachType(
  webUrl: string,
  apiUrl: string,
  locale: Locale,
): Promise<Record<PageType, string>> {
  const articles = (await listArticles(apiUrl, locale, 30)).filter((article) => article.kind !== "live");
  const first = articles[0];
  if (!first) throw new Error(`no ${locale} article`);
  const found: Partial<Record<(typeof LINKED_PAGES)[number], string>> = {};
  let title = "";
  for (const article of articles) {
    const html = await (await fetch(`${webUrl}${article.url}`)).text();
    title ||= /<h1[^>]*>([^<]+)</.exec(html)?.[1] ?? "";
    for (const kind of LINKED_PAGES) found[kind] ??= linkTo(html, locale, kind) ?? undefined;
    if (LINKED_PAGES.every((kind) => found[kind])) break;
  }
  const missing = LINKED_PAGES.filter((kind) => !found[kind]);
  if (missing.length > 0) throw new Error(`no ${missing.join(", ")} page linked from the ${locale} articles`);
  const word = title.split(/\s+/u).find((w) => w.replace(/\P{L}/gu, "").length >= 4) ?? "news";
  return {
    front: `/${locale}`,
    section: `/${locale}/news`,
    tag: found.tag!,
    region: found.region!,
    author: found.author!,
    dossier: found.dossier!,
    article: first.url,
    live: `/${locale}/live`,
    search: `/${locale}/search?q=${encodeURIComponent(word)}`,
    lite: litePath(first.url),
  };
}
