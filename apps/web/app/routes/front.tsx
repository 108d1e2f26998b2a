import type { Locale } from "@sahifa/domain/locales";
import { FrontPage } from "../components/FrontPage.tsx";
import { loadFrontPage } from "../data/front.ts";
import { feedLinks } from "../seo/feed-links.ts";
import { everyEdition, seoMeta } from "../seo/seo.ts";
import { editionSeo, type PageResponse } from "./page-response.ts";
import type { ReaderDeps } from "./reader-deps.ts";

/** `/{locale}`: the edition's front page. */
export async function frontPage(deps: ReaderDeps, locale: Locale): Promise<PageResponse> {
  const seo = editionSeo(deps, locale, "", (t) => ({
    title: `${t("common:brand")} — ${t("common:tagline")}`,
    description: t("footer:about"),
  }));
  const front = await loadFrontPage(deps.api, locale);
  return {
    locale,
    path: seo.path,
    head: [...seoMeta(seo), ...feedLinks(locale, "", seo.siteName)],
    switcherTargets: everyEdition(""),
    content: <FrontPage front={front} heading={seo.title} />,
    keys: [`front-${locale}`],
  };
}
