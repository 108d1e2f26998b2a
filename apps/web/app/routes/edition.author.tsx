import { ListingRoute, listingMeta } from "../components/ListingRoute.tsx";
import { taxonomyLoader } from "../listing-route.server.ts";

export const loader = taxonomyLoader("author");
export const meta = listingMeta;
export default ListingRoute;
