import { isLocale, type Locale } from "@sahifa/domain/locales";
import { redirect } from "react-router";
import { ArticlePage, type ArticlePageData } from "../components/ArticlePage.tsx";
import { JsonLd } from "../components/JsonLd.tsx";
import { loadArticlePage } from "../data/article.server.ts";
import { loadLiveUpdates } from "../data/live-updates.server.ts";
import { originOf } from "../env.server.ts";
import { viewOf } from "../graphql/reader-query.server.ts";
import { i18nFor } from "../i18n/i18n.server.ts";
import { useTranslation } from "../i18n/reader-translation.tsx";
import { Island } from "../islands/Island.tsx";
import { newsArticleJsonLd } from "../json-ld.ts";
import { notFound } from "../not-found.ts";
import { brandedMeta, type PageSeo } from "../seo.ts";
import { fromServer, serverOnly } from "../server-only.ts";
import { absoluteUrl } from "../urls.ts";
import type { Route } from "./+types/edition.article";

/** Article ids are positive integers; anything else cannot exist, so it is a 404 without asking the API. */
const ARTICLE_ID = /^[1-9][0-9]{0,9}$/;

export async function loader({ params, url }: Route.LoaderArgs) {
  const { locale, id } = params;
  if (!isLocale(locale) || !ARTICLE_ID.test(id)) throw notFound();
  const result = await loadArticlePage(locale, id);
  if (result.kind === "missing") throw notFound();
  if (result.kind === "notInEdition") {
    throw notFound({ kind: "notInEdition", locale, translations: result.translations });
  }
  const { article } = result.page;
  // A wrong or old slug (or section) answers a permanent redirect to the canonical URL. Compared
  // decoded, so a differently-escaped but equal path never redirects to itself.
  const requested = url.pathname;
  if (safeDecode(requested) !== safeDecode(article.url)) throw redirect(article.url, 301);
  const origin = originOf(url);
  return serverOnly({
    // The same for every reader of one cached API answer on one origin: derived once per answer.
    // A site answers on a few host names; views for any other Host header are made, not kept.
    ...viewOf(result, `articleRoute ${origin}`, () => articleRouteView(locale, result.page, origin), 4),
    // A live story's timestamped updates (issue 5), pushed into the open page after load.
    liveUpdates: article.kind === "live" ? await loadLiveUpdates(locale, id) : null,
  });
}

/** The page, its search-engine description and JSON-LD. Shared between requests: never mutate it. */
function articleRouteView(locale: Locale, page: Omit<ArticlePageData, "shareUrl">, origin: string) {
  const { article } = page;
  const alternates = Object.fromEntries(article.translations.map((t) => [t.locale, t.url]));
  const original = article.translations.find((t) => t.locale === "en") ?? article.translations[0];
  const brand = i18nFor(locale).t("common:brand");
  const seo: PageSeo = {
    locale,
    title: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.summary,
    origin,
    path: article.url,
    alternates,
    xDefault: original?.url ?? article.url,
    type: "article",
    imageUrl: article.lead?.url ?? null,
    publishedAt: article.publishedAt,
    siteName: brand,
  };
  return {
    page: { ...page, shareUrl: absoluteUrl(origin, article.url) },
    seo,
    alternates,
    jsonLd: newsArticleJsonLd(article, origin, brand),
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return brandedMeta(fromServer(loaderData)?.seo);
}

export default function Article({ loaderData: wrapped }: Route.ComponentProps) {
  const loaderData = fromServer(wrapped);
  const { t } = useTranslation("live");
  return (
    <>
      <ArticlePage {...loaderData.page} />
      {loaderData.liveUpdates ? (
        <Island
          name="liveStory"
          props={{
            locale: loaderData.page.article.locale,
            articleId: loaderData.page.article.id,
            updates: loaderData.liveUpdates,
            labels: { title: t("title"), reconnecting: t("reconnecting"), noUpdates: t("noUpdates") },
          }}
        />
      ) : null}
      <JsonLd data={loaderData.jsonLd} />
    </>
  );
}
