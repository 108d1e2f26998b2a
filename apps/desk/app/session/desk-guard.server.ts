import { isLocale, type Locale } from "@sahifa/domain/locales";
import { redirect } from "react-router";
import { type DeskMe, me } from "../api/desk-api.server.ts";
import { deskUrls } from "../desk-urls.ts";
import { notFound } from "../not-found.ts";
import { clearedSessionCookieHeader, readSessionToken } from "./desk-session.server.ts";

export interface DeskSession {
  ui: Locale;
  token: string;
  user: DeskMe;
}

/** The desk's UI language from the URL; anything else is a 404 like any unknown edition. */
export function deskLocale(value: string | undefined): Locale {
  if (!isLocale(value)) throw notFound();
  return value;
}

/**
 * The signed-in desk user, or a redirect to the sign-in page that comes back here after.
 * A token the API no longer knows (expired, signed out elsewhere) clears the cookie and
 * says so on the sign-in page.
 */
export async function requireDeskSession(
  { request, url }: { request: Request; url: URL },
  uiParam: string | undefined,
): Promise<DeskSession> {
  const ui = deskLocale(uiParam);
  const token = readSessionToken(request);
  const back = `${url.pathname}${url.search}`;
  if (!token) throw redirect(deskUrls.signIn(ui, back));
  const user = await me({ token, ui });
  if (!user) {
    throw redirect(`${deskUrls.signIn(ui, back)}&expired=1`, {
      headers: { "Set-Cookie": clearedSessionCookieHeader(request) },
    });
  }
  return { ui, token, user };
}

/** The article and target language of an editor URL (`articles/:articleId/:target`), or a 404. */
export function deskTarget(params: { articleId?: string; target?: string }): {
  articleId: number;
  target: Locale;
} {
  const articleId = Number(params.articleId);
  if (!Number.isSafeInteger(articleId) || articleId <= 0 || !isLocale(params.target)) throw notFound();
  return { articleId, target: params.target };
}
