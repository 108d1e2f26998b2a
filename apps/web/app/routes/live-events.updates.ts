import { isLocale } from "@sahifa/domain/locales";
import { loadLiveUpdates } from "../data/live-updates.server.ts";
import { relaySubscription } from "../live/sse-relay.server.ts";
import type { Route } from "./+types/live-events.updates";

const SUBSCRIPTION = `subscription ($articleId: ID!, $locale: Locale!) {
  liveUpdates(articleId: $articleId, locale: $locale) { id title body createdAt }
}`;

/** A live story's feed (issue 5): the API's liveUpdates subscription, relayed; `?list` for catching up. */
export async function loader({ params, request, url }: Route.LoaderArgs) {
  if (!isLocale(params.locale) || !/^[1-9][0-9]{0,9}$/.test(params.id)) {
    return new Response("Not found", { status: 404 });
  }
  if (url.searchParams.has("list")) {
    return Response.json(await loadLiveUpdates(params.locale, params.id), {
      headers: { "cache-control": "no-store" },
    });
  }
  return relaySubscription(request, SUBSCRIPTION, { articleId: params.id, locale: params.locale });
}
