import { env } from "../env.server.ts";
import type { Route } from "./+types/views";

/**
 * The article page's view beacon (issue 5), relayed to the API's POST /views. Only the
 * body and the User-Agent go on (the API drops bots by it); no cookie, no address.
 */
export async function action({ request }: Route.ActionArgs) {
  const body = (await request.text()).slice(0, 256);
  try {
    const upstream = await fetch(new URL("/views", env.apiUrl), {
      method: "POST",
      headers: { "content-type": "text/plain", "user-agent": request.headers.get("user-agent") ?? "" },
      body,
    });
    return new Response(null, {
      status: upstream.status === 400 ? 400 : 204,
      headers: { "cache-control": "no-store" },
    });
  } catch {
    // Counting is best effort: a reader never sees an error for it.
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  }
}

export function loader() {
  return new Response("Method not allowed", { status: 405, headers: { allow: "POST" } });
}
