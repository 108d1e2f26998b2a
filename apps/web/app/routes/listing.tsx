import { ApiError } from "@sahifa/api-client/request";
import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { flattenSections } from "@sahifa/domain/taxonomy";
import { ListingPage } from "../components/ListingPage.tsx";
import { type ListingTarget, loadListing, type PageCursor } from "../data/listing.ts";
import { i18nFor } from "../i18n/i18n.ts";
import type { ListingView } from "../model/listing.ts";
import { feedLinks } from "../seo/feed-links.ts";
import { brandedMeta, onlyEditionsWithItems } from "../seo/seo.ts";
import { badRequest, notFound } from "./page-error.ts";
import { editionSeo, type PageResponse } from "./page-response.ts";
import type { ReaderDeps } from "./reader-deps.ts";

/** Cursors are opaque API strings; a cap keeps a crafted query string from reaching the API. */
const MAX_CURSOR_LENGTH = 200;

const SECTION_PATHS = new Set(flattenSections().map((section) => section.path));

/** `/{locale}/{section}` and `/{locale}/{section}/{sub}`; the section tree is domain data, so an unknown one is a 404 before any query. */
export function sectionPage(deps: ReaderDeps, locale: Locale, path: string, cursor: PageCursor) {
  if (!SECTION_PATHS.has(path)) throw notFound();
  return listingPage(deps, locale, { kind: "section", path }, path, `section/${path}`, cursor);
}

export type TaxonomyKind = "region" | "tag" | "author" | "dossier";

/** `/{locale}/{kind}/{slug}`: a region, tag, author or dossier page. */
export function taxonomyPage(
  deps: ReaderDeps,
  locale: Locale,
  kind: TaxonomyKind,
  slug: string,
  cursor: PageCursor,
) {
  const rest = `${kind}/${encodeURIComponent(slug)}`;
  return listingPage(deps, locale, { kind, slug }, rest, rest, cursor);
}

/**
 * The editions whose first page of this listing has stories (`own`: this edition's, when the
 * page is the first). The other editions' first pages are the ones their readers get, cached
 * alike; one that cannot be loaded is left out rather than failing this page.
 */
async function editionsWithItems(
  deps: ReaderDeps,
  locale: Locale,
  target: ListingTarget,
  own: ListingView | null,
): Promise<Locale[]> {
  const firstPages = await Promise.all(
    LOCALES.map((edition) =>
      edition === locale && own ? own : loadListing(deps.api, edition, target, null).catch(() => null),
    ),
  );
  return LOCALES.filter((_edition, index) => (firstPages[index]?.items.length ?? 0) > 0);
}

/** One page of a listing: validated, fetched, described for the switcher and search engines. */
async function listingPage(
  deps: ReaderDeps,
  locale: Locale,
  target: ListingTarget,
  rest: string,
  /** The listing's feeds' scope (see feedLinks). */
  feedScope: string,
  cursor: PageCursor,
): Promise<PageResponse> {
  const cursorText = cursor && ("after" in cursor ? cursor.after : cursor.before);
  if (cursorText !== null && (cursorText.length === 0 || cursorText.length > MAX_CURSOR_LENGTH))
    throw notFound();
  const listing = await loadListing(deps.api, locale, target, cursor).catch((error: unknown) => {
    // A cursor the API refuses (tampered or from an old page) is the reader's bad link, not our failure.
    if (error instanceof ApiError && error.codes.includes("BAD_USER_INPUT")) throw badRequest();
    throw error;
  });
  if (!listing) throw notFound();
  const t = i18nFor(locale).t;
  const seo = onlyEditionsWithItems(
    editionSeo(deps, locale, rest, () => ({
      title: listing.title,
      description: listing.description ?? t("common:pages.moreIn", { name: listing.title }),
    })),
    await editionsWithItems(deps, locale, target, cursor ? null : listing),
  );
  // Later pages are not separate documents for search engines.
  if (cursor) seo.robots = "noindex, follow";
  // A section is keyed by its own slug, the last segment of its path, as the API purges it.
  const keyName = target.kind === "section" ? (target.path.split("/").at(-1) ?? target.path) : target.slug;
  return {
    locale,
    path: seo.path,
    head: [...brandedMeta(seo), ...feedLinks(locale, feedScope, `${listing.title} | ${seo.siteName}`)],
    // An edition where the listing is empty is no target: the switcher leads to its front page.
    switcherTargets: { ...seo.alternates, [locale]: seo.path },
    content: <ListingPage listing={listing} eyebrow={t(`common:pages.${target.kind}`)} path={seo.path} />,
    keys: [`${target.kind}-${locale}-${keyName}`],
  };
}
