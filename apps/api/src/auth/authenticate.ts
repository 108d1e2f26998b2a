import type { Database } from "@sahifa/db/database";
import { findSession } from "@sahifa/db/desk/sessions";
import type { Plugin } from "graphql-yoga";
import type { Kysely } from "kysely";
import { clearedSessionCookie, sessionCookie, tokenFromRequest } from "./session-cookie.ts";
import type { Viewer } from "./viewer.ts";

/** Who is asking, from the session token on the request (bearer header or cookie). */
const responseCookies = new WeakMap<Request, string[]>();

export async function authenticate(request: Request, db: Kysely<Database>, now: Date): Promise<Viewer> {
  const setCookie = (cookie: string) => {
    const list = responseCookies.get(request) ?? [];
    list.push(cookie);
    responseCookies.set(request, list);
  };
  const cookies = {
    setSessionCookie: (token: string, expiresAt: Date) => setCookie(sessionCookie(request, token, expiresAt)),
    clearSessionCookie: () => setCookie(clearedSessionCookie(request)),
  };
  const carried = tokenFromRequest(request);
  // Defence in depth beside SameSite=Lax: a browser that says the request comes from another site
  // does not get to act with the desk cookie (bearer tokens are not sent by browsers on their own).
  const crossSite = carried?.from === "cookie" && request.headers.get("sec-fetch-site") === "cross-site";
  if (!carried || crossSite) return { user: null, session: { state: "none", token: null, ...cookies } };
  const found = await findSession(db, carried.token, now);
  if (found.kind !== "valid")
    return { user: null, session: { state: "stale", token: carried.token, ...cookies } };
  const { id, role, locales, languagePairs } = found.user;
  return {
    user: { id, role, locales, languagePairs },
    session: { state: "valid", token: carried.token, ...cookies },
  };
}

/** Writes the cookies set during a request onto its response. */
export function sessionCookies(): Plugin {
  return {
    onResponse({ request, response }) {
      for (const cookie of responseCookies.get(request) ?? []) response.headers.append("set-cookie", cookie);
      responseCookies.delete(request);
    },
  };
}
