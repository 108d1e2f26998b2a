import { createCookie } from "react-router";

/**
 * The desk session as the web server keeps it: the API's opaque session token in an
 * HttpOnly, SameSite=Lax cookie on the web origin. Browser JavaScript never sees the token;
 * loaders and actions hand it to the API as a bearer token. Lax keeps cross-site form
 * posts from carrying it (CSRF), while a link into the desk from elsewhere still works.
 * The API decides the session's idle and absolute expiry; the cookie only carries it.
 */
const sessionCookie = createCookie("sahifa_desk", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
});

/** Secure on https; on plain http (local runs, the e2e test) a Secure cookie would not be sent back. */
function secure(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

export async function readSessionToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

export async function sessionCookieHeader(
  request: Request,
  token: string,
  expiresAt: Date | null,
): Promise<string> {
  return sessionCookie.serialize(token, {
    secure: secure(request),
    ...(expiresAt ? { expires: expiresAt } : {}),
  });
}

export async function clearedSessionCookieHeader(request: Request): Promise<string> {
  return sessionCookie.serialize("", { secure: secure(request), maxAge: 0 });
}
