import { parse, serialize } from "cookie";

/**
 * The desk session as the desk server keeps it: the API's opaque session token in an
 * HttpOnly, SameSite=Lax cookie on the desk's origin. Browser JavaScript never sees the token;
 * loaders and actions hand it to the API as a bearer token. Lax keeps cross-site form
 * posts from carrying it (CSRF), while a link into the desk from elsewhere still works.
 * The API decides the session's idle and absolute expiry; the cookie only carries it.
 */
const COOKIE_NAME = "sahifa_desk";

/** Secure on https; on plain http (local runs, the e2e test) a Secure cookie would not be sent back. */
function secure(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/** What a token the API issued can look like: visible ASCII, so it can travel in an Authorization header. */
const TOKEN_SHAPE = /^[\x21-\x7e]{1,512}$/;

/** The session token of the request, or null when there is none or the cookie holds something no API token looks like. */
export function readSessionToken(request: Request): string | null {
  const header = request.headers.get("cookie");
  const value = header ? parse(header)[COOKIE_NAME] : undefined;
  return value && TOKEN_SHAPE.test(value) ? value : null;
}

export function sessionCookieHeader(request: Request, token: string, expiresAt: Date | null): string {
  return serialize(COOKIE_NAME, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secure(request),
    ...(expiresAt ? { expires: expiresAt } : {}),
  });
}

export function clearedSessionCookieHeader(request: Request): string {
  return serialize(COOKIE_NAME, "", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secure(request),
    maxAge: 0,
  });
}
