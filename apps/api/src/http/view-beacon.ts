import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Database } from "@sahifa/db/database";
import { pruneViewBeacons, recordView, utcDay } from "@sahifa/db/views/view-count";
import { visitorSalt } from "@sahifa/db/views/visitor-salt";
import { isLocale } from "@sahifa/domain/locales";
import type { Plugin } from "graphql-yoga";
import type { Kysely } from "kysely";
import { isBotUserAgent } from "./bot-user-agent.ts";
import { clientAddress, type ProxyTrust } from "./client-address.ts";

export const VIEW_BEACON_PATH = "/views";
const MAX_BEACON_BYTES = 256;

/**
 * `POST /views` with `{"articleId": 1001, "locale": "ar"}` counts one read of
 * an article page. The reader's page sends it with navigator.sendBeacon, as
 * text/plain so the browser sends it cross-origin without a preflight. A
 * visitor (address and User-Agent, hashed under a salt that changes daily and
 * is then deleted) counts once per article and hour, so replayed beacons move
 * nothing; no cookie is read and nothing personal is stored. The answer is 204
 * whether or not the view counted, so it tells a client nothing.
 */
export function viewBeacon(options: { db: Kysely<Database>; proxyTrust: ProxyTrust }): Plugin {
  const visitors = visitorKeys(options.db);
  return {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
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
      const userAgent = request.headers.get("user-agent");
      if (!isBotUserAgent(userAgent)) {
        const client = clientAddress(
          request,
          (serverContext as { req?: IncomingMessage } | undefined)?.req,
          options.proxyTrust,
        );
        await recordView(options.db, { ...view, visitor: await visitors(`${client}\n${userAgent}`) });
      }
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

/**
 * Hashes a visitor under the day's salt; the salt is read once per day per instance, and the
 * hour's change prunes the previous hour's beacon rows.
 */
function visitorKeys(db: Kysely<Database>): (visitor: string) => Promise<string> {
  let salt: { day: string; value: Promise<string> } | undefined;
  let prunedHour = 0;
  return async (visitor) => {
    const now = new Date();
    const day = utcDay(now);
    if (salt?.day !== day) {
      const value = visitorSalt(db, now);
      salt = { day, value };
      value.catch(() => {
        if (salt?.value === value) salt = undefined;
      });
    }
    const hour = Math.floor(now.getTime() / 3_600_000);
    if (hour !== prunedHour) {
      prunedHour = hour;
      void pruneViewBeacons(db, now).catch(() => {});
    }
    return createHash("sha256")
      .update(await salt.value)
      .update(visitor)
      .digest("base64url");
  };
}
