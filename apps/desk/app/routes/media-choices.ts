import { isLocale } from "@sahifa/domain/locales";
import { data } from "react-router";
import { ApiError } from "../api/client.server.ts";
import { loadMediaChoices } from "../api/media-choices-api.server.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/media-choices";

/** One page of the media library for a picker: searched, paged, texts in the edition being written. */
export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const headers = { "Cache-Control": "private, no-store" };
  const kind = url.searchParams.get("kind") === "video" ? "video" : "image";
  const edition = url.searchParams.get("edition") ?? session.ui;
  const empty = { items: [], endCursor: null, totalCount: 0 };
  if (!isLocale(edition)) return data(empty, { status: 400, headers });
  try {
    const page = await loadMediaChoices(session, edition, {
      kind,
      search: url.searchParams.get("search"),
      after: url.searchParams.get("after"),
    });
    return data(page, { headers });
  } catch (error) {
    // The picker keeps what it offered; the editor and its text stay as they are.
    if (error instanceof ApiError) return data(empty, { status: 502, headers });
    throw error;
  }
}
