import { flattenSections } from "@sahifa/domain/taxonomy";
import { ListingRoute, listingMeta } from "../components/ListingRoute.tsx";
import { listingRouteData } from "../listing-route.server.ts";
import { notFound } from "../not-found.ts";
import type { Route } from "./+types/edition.section";

const SECTION_PATHS = new Set(flattenSections().map((section) => section.path));

export async function loader({ params, url }: Route.LoaderArgs) {
  const path = params.sub ? `${params.section}/${params.sub}` : params.section;
  // The section tree is domain data: an unknown section is a 404 before any query.
  if (!SECTION_PATHS.has(path)) throw notFound();
  return listingRouteData(url, params.locale, { kind: "section", path }, path, "section");
}

export const meta = listingMeta;
export default ListingRoute;
