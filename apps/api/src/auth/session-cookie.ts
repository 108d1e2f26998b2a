/**
 * The desk session travels as an HttpOnly, SameSite=Lax cookie for the web
 * app (not readable by scripts; not sent on cross-site POSTs, which covers
 * CSRF for cookie sessions) or as `Authorization: Bearer <token>` for API clients.
 */
export const SESSION_COOKIE = "sahifa_session";

export function tokenFromRequest(request: Request): { token: string; from: "bearer" | "cookie" } | null {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (match?.[1]) return { token: match[1], from: "bearer" };
  }
  const cookie = request.headers.get("cookie");
  if (!cookie) return null;
  for (const part of cookie.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value ? { token: value, from: "cookie" } : null;
    }
  }
  return null;
}

/** Secure unless the request came over plain http (local development and tests). */
function secure(request: Request): boolean {
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return proto === "https";
}

export function sessionCookie(request: Request, token: string, expiresAt: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAge}`,
    ...(secure(request) ? ["Secure"] : []),
  ].join("; ");
}

export function clearedSessionCookie(request: Request): string {
  return [
    `${SESSION_COOKIE}=`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    "Max-Age=0",
    ...(secure(request) ? ["Secure"] : []),
  ].join("; ");
}
