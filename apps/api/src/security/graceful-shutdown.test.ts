import { afterAll, describe, expect, it } from "vitest";
import { type ApiProcess, startApiProcess } from "../testing/api-process.ts";

/** Replays: on SIGTERM under load the API exited at once and reset the requests in flight. */
let api: ApiProcess | undefined;
afterAll(() => {
  if (api && api.child.exitCode === null) api.child.kill("SIGKILL");
});

const QUERY = JSON.stringify({
  query: "{ articles(locale: en, first: 20) { edges { node { title summary url tags { label } } } } }",
});

describe("SIGTERM under 20 concurrent clients", () => {
  // One more try when the first cut a request: on a machine saturated by other work, a connection
  // the kernel accepted just before the listener closed can still be reset (docs/architecture/023);
  // the behaviour this replays reset most of the twenty clients, every time.
  it("finishes every request in flight, ends event streams cleanly, then exits 0", { retry: 1 }, async () => {
    api = await startApiProcess({ SHUTDOWN_GRACE_MS: "10000" });
    const { url } = api;
    const stream = fetch(`${url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
      },
      body: JSON.stringify({ query: "subscription { breakingNews(locale: en) { text } }" }),
    }).then((response) => response.text());

    let answered = 0;
    let refused = 0;
    const cut: string[] = [];
    let stop = false;
    let termAt = 0;
    const client = async () => {
      while (!stop) {
        try {
          const response = await fetch(`${url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: QUERY,
          });
          const body = await response.text();
          if (response.status !== 200 || !body.includes('"edges"')) cut.push(`${response.status} ${body}`);
          else answered++;
        } catch (error) {
          const cause = (error as { cause?: { code?: string } }).cause;
          // Refused after the listener closed: never accepted, so nothing was cut.
          if (cause?.code === "ECONNREFUSED") {
            refused++;
            return;
          }
          cut.push(`${String(cause ?? error)} at ${Date.now() - termAt} ms, after ${answered} answers`);
        }
      }
    };
    const clients = Array.from({ length: 20 }, client);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const answeredBefore = answered;
    termAt = Date.now();
    api.child.kill("SIGTERM");
    const code = await api.exited;
    stop = true;
    await Promise.all(clients);

    expect(answeredBefore).toBeGreaterThan(0);
    expect(answered).toBeGreaterThan(answeredBefore);
    expect(cut, api.output()).toEqual([]);
    expect(refused).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect(await stream).toMatch(/event: complete/);
    expect(api.output()).toMatch(/stopped/);
  });
});
