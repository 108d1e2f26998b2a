import type { Locale } from "@sahifa/domain/locales";
import { ArticlePage } from "../components/ArticlePage.tsx";
import { JsonLd } from "../components/JsonLd.tsx";
import { LiveStoryIsland } from "../components/LiveStoryIsland.tsx";
import { loadArticlePage } from "../data/article.ts";
import { loadLiveUpdates } from "../data/live-updates.ts";
import type { ArticlePageView } from "../model/article.ts";
import type { LiveUpdateView } from "../model/live.ts";
import { brandedMeta } from "../seo/seo.ts";
import { notFound } from "./page-error.ts";
import type { PageResponse } from "./page-response.ts";
import type { ReaderDeps } from "./reader-deps.ts";

/** Article ids are positive integers; anything else cannot exist, so it is a 404 without asking the API. */
const ARTICLE_ID = /^[1-9][0-9]{0,9}$/;

/**
 * `/{locale}/{section-path}/{id}/{slug}`. A wrong or old slug (or section) answers a permanent
 * redirect to the canonical URL; compared decoded, so a differently-escaped but equal path never
 * redirects to itself.
 */
export async function articlePage(
  deps: ReaderDeps,
  locale: Locale,
  id: string,
  requestedPath: string,
): Promise<PageResponse | Response> {
  if (!ARTICLE_ID.test(id)) throw notFound();
  const result = await loadArticlePage(deps.api, locale, id, deps.origin);
  if (result.kind === "missing") throw notFound();
  if (result.kind === "notInEdition") {
    throw notFound({ kind: "notInEdition", locale, translations: result.translations });
  }
  const { article } = result.page;
  if (safeDecode(requestedPath) !== safeDecode(article.url)) {
    return new Response(null, {
      status: 301,
      headers: { Location: article.url, "Cache-Control": "public, max-age=300" },
    });
  }
  // A live story's timestamped updates, which the open page then takes as they come.
  const liveUpdates = article.kind === "live" ? await loadLiveUpdates(deps.api, locale, id) : null;
  return articlePageResponse(result, liveUpdates, deps.api.timeZone);
}

/** The article page of a view (published, or a preview of a draft). */
export function articlePageResponse(
  view: ArticlePageView,
  liveUpdates: LiveUpdateView[] | null,
  timeZone: string,
): PageResponse {
  const { article } = view.page;
  return {
    locale: article.locale,
    path: article.url,
    head: brandedMeta(view.seo),
    switcherTargets: view.alternates,
    content: (
      <>
        <ArticlePage
          {...view.page}
          live={
            liveUpdates ? (
              <LiveStoryIsland article={article} updates={liveUpdates} timeZone={timeZone} />
            ) : null
          }
        />
        <JsonLd data={view.jsonLd} />
      </>
    ),
    keys: [`article-${article.id}`],
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
