import { isLocale } from "@sahifa/domain/locales";
import { loadBreaking } from "../data/breaking.server.ts";
import { relaySubscription } from "../live/sse-relay.server.ts";
import type { Route } from "./+types/live-events.breaking";

const SUBSCRIPTION = `subscription ($locale: Locale!) {
  breakingNews(locale: $locale) { id text attribution url createdAt }
}`;

/**
 * The ticker's live feed (issue 5): the API's breakingNews subscription, relayed. `?list`
 * answers the current items as JSON: a page that reconnects fetches them to fill the gap.
 */
export async function loader({ params, request, url }: Route.LoaderArgs) {
  if (!isLocale(params.locale)) return new Response("Not found", { status: 404 });
  if (url.searchParams.has("list")) {
    return Response.json(await loadBreaking(params.locale, 10), { headers: { "cache-control": "no-store" } });
  }
  return relaySubscription(request, SUBSCRIPTION, { locale: params.locale });
}
