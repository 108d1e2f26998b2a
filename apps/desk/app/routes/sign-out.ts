import { redirect } from "react-router";
import { signOut } from "../api/desk-api.server.ts";
import { deskUrls } from "../desk-urls.ts";
import { deskLocale } from "../session/desk-guard.server.ts";
import { clearedSessionCookieHeader, readSessionToken } from "../session/desk-session.server.ts";
import type { Route } from "./+types/sign-out";

/** Ends the session at the API (so the token is dead everywhere) and drops the cookie. */
export async function action({ params, request }: Route.ActionArgs) {
  const ui = deskLocale(params.locale);
  const token = readSessionToken(request);
  if (token) await signOut({ token, ui });
  throw redirect(deskUrls.signIn(ui), {
    headers: { "Set-Cookie": clearedSessionCookieHeader(request) },
  });
}

/** A GET (a bookmarked or typed URL) signs nobody out: only the form post does. */
export function loader({ params }: Route.LoaderArgs) {
  throw redirect(deskUrls.queue(deskLocale(params.locale)));
}
