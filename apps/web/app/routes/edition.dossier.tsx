import { ListingRoute, listingMeta } from "../components/ListingRoute.tsx";
import { taxonomyLoader } from "../listing-route.server.ts";

export const loader = taxonomyLoader("dossier");
export const meta = listingMeta;
export default ListingRoute;
