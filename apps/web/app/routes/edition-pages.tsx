import type { Locale } from "@sahifa/domain/locales";
import { AuthorsPage } from "../components/AuthorsPage.tsx";
import { InfoPage } from "../components/InfoPage.tsx";
import { LivePage } from "../components/LivePage.tsx";
import { OfflinePage } from "../components/OfflinePage.tsx";
import { loadAuthors } from "../data/authors.ts";
import { loadBreaking } from "../data/breaking.ts";
import { loadLiveStories } from "../data/live-stories.ts";
import { urls } from "../urls.ts";
import { editionPageHead, editionSeo, type PageResponse } from "./page-response.ts";
import type { ReaderDeps } from "./reader-deps.ts";

/** `/{locale}/authors`: the bylines with something published in the edition. */
export async function authorsPage(deps: ReaderDeps, locale: Locale): Promise<PageResponse> {
  const seo = editionSeo(deps, locale, "authors", (t) => ({
    title: t("common:pages.authors"),
    description: t("footer:about"),
  }));
  const authors = await loadAuthors(deps.api, locale);
  return { locale, ...editionPageHead(seo, "authors"), content: <AuthorsPage authors={authors} /> };
}

export const INFO_PAGES = ["about", "privacy", "contact"] as const;
export type InfoPageName = (typeof INFO_PAGES)[number];

/** About, privacy and contact: short texts of the footer namespace, the same page in every edition. */
export function infoPage(deps: ReaderDeps, locale: Locale, page: InfoPageName): PageResponse {
  const seo = editionSeo(deps, locale, page, (t) => ({
    title: t(`footer:links.${page}`),
    description: t(`footer:pageText.${page}`),
  }));
  return { locale, ...editionPageHead(seo, page), content: <InfoPage page={page} /> };
}

/**
 * `/{locale}/live`, server-rendered: the running live stories, then the edition's breaking
 * items newest first, readable without JavaScript; in the browser the breaking list is an
 * island that adds items pushed over the live feed.
 */
export async function livePage(deps: ReaderDeps, locale: Locale): Promise<PageResponse> {
  const seo = editionSeo(deps, locale, "live", (t) => ({
    title: t("live:title"),
    description: t("common:breakingTickerLabel"),
  }));
  const [stories, items] = await Promise.all([
    loadLiveStories(deps.api, locale),
    loadBreaking(deps.api, locale, 50),
  ]);
  return {
    locale,
    ...editionPageHead(seo, "live"),
    content: <LivePage locale={locale} timeZone={deps.api.timeZone} stories={stories} items={items} />,
  };
}

/**
 * `/{locale}/offline`: the page the offline reading worker stores at install and shows for a
 * page it has not kept (docs/architecture/053-offline-reading.md). Not for search engines.
 */
export function offlinePage(deps: ReaderDeps, locale: Locale): PageResponse {
  const seo = editionSeo(deps, locale, "offline", (t) => ({
    title: t("errors:offline.title"),
    description: t("errors:offline.text"),
  }));
  const { head, ...rest } = editionPageHead(seo, "offline");
  return {
    locale,
    ...rest,
    head: [...head, { name: "robots", content: "noindex" }],
    content: <OfflinePage locale={locale} frontUrl={urls.front(locale)} />,
  };
}
