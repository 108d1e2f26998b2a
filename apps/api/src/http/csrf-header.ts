/**
 * CSRF (DESIGN "Guarded against abuse"): a GraphQL request or an upload must be one a browser
 * would have preflighted, i.e. carry a non-simple content type (the web app and
 * every client send application/json) or this header. A cross-site form POST or
 * a bare GET, which browsers send with cookies and without asking, is refused
 * with 403 before anything runs. The session cookie is also HttpOnly and SameSite=Lax.
 */
export const CSRF_HEADER = "x-graphql-yoga-csrf";
