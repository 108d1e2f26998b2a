import { data } from "react-router";
import { type ListingTarget, loadListing } from "./data/listing.server.ts";
import { editionPage } from "./edition-page.server.ts";
import { ApiError } from "./graphql/client.server.ts";
import { notFound } from "./not-found.ts";
import { serverOnly } from "./server-only.ts";

/** Cursors are opaque API strings; a cap keeps a crafted query string from reaching the API. */
const MAX_CURSOR_LENGTH = 200;

/**
 * The loader body shared by section, region, tag, author and dossier pages: validate,
 * fetch one page, and describe it for the header switcher and search engines.
 */
export async function listingRouteData(
  url: URL,
  rawLocale: string,
  target: ListingTarget,
  rest: string,
  eyebrowKey: "section" | "region" | "tag" | "author" | "dossier",
) {
  const after = url.searchParams.get("after");
  if (after !== null && (after.length === 0 || after.length > MAX_CURSOR_LENGTH)) throw notFound();
  const page = editionPage(url, rawLocale, rest, () => ({ title: "", description: "" }));
  const listing = await loadListing(page.locale, target, after).catch((error: unknown) => {
    // A cursor the API refuses (tampered or from an old page) is the reader's bad link, not our failure.
    if (error instanceof ApiError && error.codes.includes("BAD_USER_INPUT"))
      throw data(null, { status: 400 });
    throw error;
  });
  if (!listing) throw notFound();
  const { t, seo } = page;
  seo.title = listing.title;
  seo.description = listing.description ?? t("common:pages.moreIn", { name: listing.title });
  // Later pages are not separate documents for search engines.
  if (after) seo.robots = "noindex, follow";
  return serverOnly({
    listing,
    eyebrow: t(`common:pages.${eyebrowKey}`),
    path: seo.path,
    alternates: page.alternates,
    seo,
  });
}

export type ListingRouteData = Awaited<ReturnType<typeof listingRouteData>>;

/** The loader of a region, tag, author or dossier page: `/{locale}/{kind}/{slug}`. */
export function taxonomyLoader(kind: "region" | "tag" | "author" | "dossier") {
  return ({ params, url }: { params: { locale: string; slug: string }; url: URL }) =>
    listingRouteData(
      url,
      params.locale,
      { kind, slug: params.slug },
      `${kind}/${encodeURIComponent(params.slug)}`,
      kind,
    );
}
