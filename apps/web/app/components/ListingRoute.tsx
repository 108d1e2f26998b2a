import type { ListingRouteData } from "../listing-route.server.ts";
import { brandedMeta } from "../seo.ts";
import { fromServer } from "../server-only.ts";
import { ListingPage } from "./ListingPage.tsx";

/** Route component and `meta` shared by the section, region, tag, author and dossier pages. */
export function ListingRoute({ loaderData }: { loaderData: ListingRouteData }) {
  const { listing, eyebrow, path } = fromServer(loaderData);
  return <ListingPage listing={listing} eyebrow={eyebrow} path={path} />;
}

export function listingMeta({ loaderData }: { loaderData: ListingRouteData | undefined }) {
  return brandedMeta(fromServer(loaderData)?.seo);
}
