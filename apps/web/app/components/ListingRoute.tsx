import type { ListingRouteData } from "../listing-route.server.ts";
import { brandedMeta } from "../seo.ts";
import { ListingPage } from "./ListingPage.tsx";

/** Route component and `meta` shared by the section, region, tag, author and dossier pages. */
export function ListingRoute({ loaderData }: { loaderData: ListingRouteData }) {
  return <ListingPage listing={loaderData.listing} eyebrow={loaderData.eyebrow} path={loaderData.path} />;
}

export function listingMeta({ loaderData }: { loaderData: ListingRouteData | undefined }) {
  return brandedMeta(loaderData?.seo);
}
