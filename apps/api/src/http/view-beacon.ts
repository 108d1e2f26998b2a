import type { Database } from "@sahifa/db/database";
import { recordView } from "@sahifa/db/views/view-count";
import { isLocale } from "@sahifa/domain/locales";
import type { Plugin } from "graphql-yoga";
import type { Kysely } from "kysely";
import { isBotUserAgent } from "./bot-user-agent.ts";

export const VIEW_BEACON_PATH = "/views";
const MAX_BEACON_BYTES = 256;

/**
 * `POST /views` with `{"articleId": 1001, "locale": "ar"}` counts one read of
 * an article page. The reader's page sends it with
 * navigator.sendBeacon, as text/plain so the browser sends it cross-origin
 * without a preflight. Nothing about the reader is read or stored: no cookie,
 * no address; the User-Agent only decides whether it is a bot. The answer is
 * 204 whether or not the view counted, so it tells a client nothing.
 */
export function viewBeacon(options: { db: Kysely<Database> }): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== VIEW_BEACON_PATH) return;
      const headers = { "cache-control": "no-store", "access-control-allow-origin": "*" };
      if (request.method !== "POST") {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { ...headers, allow: "POST" } }));
        return;
      }
      const view = parseBeacon(await request.text());
      if (!view) {
        endResponse(
          new fetchAPI.Response('Expected {"articleId": number, "locale": "en"|"ar"|"es"}', {
            status: 400,
            headers,
          }),
        );
        return;
      }
      if (!isBotUserAgent(request.headers.get("user-agent"))) await recordView(options.db, view);
      endResponse(new fetchAPI.Response(null, { status: 204, headers }));
    },
  };
}

function parseBeacon(body: string): { articleId: number; locale: "en" | "ar" | "es" } | null {
  if (body.length > MAX_BEACON_BYTES) return null;
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== "object" || value === null) return null;
    const { articleId, locale } = value as Record<string, unknown>;
    const id =
      typeof articleId === "string" && /^[1-9]\d{0,9}$/.test(articleId) ? Number(articleId) : articleId;
    if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
    if (!isLocale(locale)) return null;
    return { articleId: id, locale };
  } catch {
    return null;
  }
}
