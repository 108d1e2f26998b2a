import { ListingRoute, listingMeta } from "../components/ListingRoute.tsx";
import { taxonomyLoader } from "../listing-route.server.ts";

export const loader = taxonomyLoader("region");
export const meta = listingMeta;
export default ListingRoute;
