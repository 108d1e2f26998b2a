import { env } from "../env.server.ts";
import type { Route } from "./+types/media";

/**
 * Images are stored and served by the API (/media/…); readers fetch them from the web origin,
 * so the page needs no second origin and the API can stay private. Streamed through, cached long
 * because media files are immutable once stored.
 */
export async function loader({ params, request }: Route.LoaderArgs) {
  const rest = params["*"] ?? "";
  if (!rest || rest.includes("..")) return new Response("Not found", { status: 404 });
  const upstream = await fetch(new URL(`/media/${rest}`, env.apiUrl), {
    headers: { accept: request.headers.get("accept") ?? "*/*" },
    signal: request.signal,
  });
  if (!upstream.ok || !upstream.body) return new Response("Not found", { status: 404 });
  const headers = new Headers();
  for (const name of ["content-type", "content-length", "etag", "last-modified"]) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set(
    "cache-control",
    upstream.headers.get("cache-control") ?? "public, max-age=31536000, immutable",
  );
  return new Response(upstream.body, { status: 200, headers });
}
