/*
 * The API's stored media (`/media/…`: renditions, videos, captions) streamed through an app's
 * own origin, so a browser needs no second origin and the API can stay private. Range
 * requests pass on (video seeks); only the headers a browser needs come back.
 */

const FORWARDED_REQUEST_HEADERS = ["range", "if-none-match", "if-modified-since", "if-range"];

const MEDIA_HEADERS = [
  "content-type",
  "content-length",
  "content-range",
  "accept-ranges",
  "etag",
  "last-modified",
  "cache-control",
];

/** Answers `/media/<rest>` from the API at `apiUrl`; 404 for paths that climb or are empty, and for the API's refusals. */
export async function relayMedia(request: Request, apiUrl: URL): Promise<Response> {
  const { pathname } = new URL(request.url);
  const rest = pathname.startsWith("/media/") ? pathname.slice("/media/".length) : "";
  if (!rest || rest.split("/").some((segment) => segment === ".." || segment === "")) {
    return new Response("Not found", { status: 404 });
  }
  const forwarded = new Headers({ accept: request.headers.get("accept") ?? "*/*" });
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) forwarded.set(name, value);
  }
  const upstream = await fetch(new URL(`/media/${rest}`, apiUrl), {
    method: request.method === "HEAD" ? "HEAD" : "GET",
    headers: forwarded,
    signal: request.signal,
    // An old crop URL redirects to the current one: the browser follows it on this origin.
    redirect: "manual",
  });
  if (upstream.status === 301 || upstream.status === 302) {
    const location = upstream.headers.get("location");
    if (location?.startsWith("/media/")) {
      return new Response(null, { status: upstream.status, headers: { location } });
    }
  }
  if (![200, 206, 304, 416].includes(upstream.status)) return new Response("Not found", { status: 404 });
  const headers = new Headers();
  for (const name of MEDIA_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  // Stored media are immutable: their URLs name their bytes.
  if (!headers.has("cache-control")) headers.set("cache-control", "public, max-age=31536000, immutable");
  const body = upstream.status === 304 || request.method === "HEAD" ? null : upstream.body;
  return new Response(body, { status: upstream.status, headers });
}
