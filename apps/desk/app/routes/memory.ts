import { data } from "react-router";
import { ApiError } from "../api/client.server.ts";
import { loadMemoryMatches } from "../api/memory-api.server.ts";
import { deskTarget, requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/memory";

/** The memory's matches for one block of the editor, fetched when the translator asks for them. */
export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  const block = Number(url.searchParams.get("block"));
  const headers = { "Cache-Control": "private, no-store" };
  if (!Number.isSafeInteger(block) || block < 0)
    return data({ block, matches: [], failed: true }, { status: 400, headers });
  try {
    const matches = await loadMemoryMatches(session, articleId, target, block);
    return data({ block, matches, failed: false }, { headers });
  } catch (error) {
    // The panel says the memory could not be read; the editor and its text stay as they are.
    if (error instanceof ApiError)
      return data({ block, matches: [], failed: true }, { status: 502, headers });
    throw error;
  }
}
