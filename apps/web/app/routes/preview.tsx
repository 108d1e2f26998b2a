import { useTranslation } from "react-i18next";
import { loadArticlePreview } from "../data/article.ts";
import { articlePageResponse } from "./article.tsx";
import { notFound } from "./page-error.ts";
import type { PageResponse } from "./page-response.ts";
import type { ReaderDeps } from "./reader-deps.ts";

/** Tokens are the API's signed strings: url-safe base64 parts joined by dots, and short. */
const TOKEN = /^[A-Za-z0-9_.-]{16,1024}$/;

/** Neither stored by any cache nor indexed: a preview is one editor's look at an unpublished revision. */
export const PREVIEW_CACHE = "private, no-store";

/**
 * `/preview/{token}`: a draft or in-review revision exactly as readers will see it once
 * published, opened from the desk with a token the API signed for that one revision. Without
 * a valid token (expired, tampered, for another revision) it is a 404 with no draft text.
 */
export async function previewPage(deps: ReaderDeps, token: string): Promise<PageResponse> {
  if (!TOKEN.test(token)) throw notFound();
  const view = await loadArticlePreview(deps.api, token, deps.origin);
  if (!view) throw notFound();
  const page = articlePageResponse(
    { ...view, seo: { ...view.seo, robots: "noindex, nofollow" } },
    null,
    deps.api.timeZone,
  );
  return {
    ...page,
    content: (
      <>
        <PreviewBanner />
        {page.content}
      </>
    ),
    cacheControl: PREVIEW_CACHE,
    keys: [],
  };
}

function PreviewBanner() {
  const { t } = useTranslation("common");
  return (
    <p className="preview-banner" role="status">
      {t("previewBanner")}
    </p>
  );
}
