/** Liveness for load balancers: the web server answers as soon as it can render. */
export function loader() {
  return new Response("ok", {
    status: 200,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
