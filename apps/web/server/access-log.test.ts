import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAccessLog } from "./access-log.mjs";

let server: Server | null = null;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
});

/** A server that logs every request with `logAccess`: 404 with a body, or an endless event stream on /live. */
async function serve(logAccess: ReturnType<typeof createAccessLog>): Promise<string> {
  server = createServer((req, res) => {
    logAccess(req, res);
    if (req.url === "/live") {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: hello\n\n");
      return;
    }
    res.statusCode = 404;
    res.setHeader("content-length", "9");
    res.end("not found");
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function waitFor(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => (check() ? resolve() : setTimeout(poll, 5));
    poll();
  });
}

describe("access log", () => {
  it("writes one line per request: method, path, status, length and time; and says when it was cut short", async () => {
    const batches: string[] = [];
    const base = await serve(createAccessLog({ write: (text) => batches.push(text), flushAfterMs: 20 }));

    await (await fetch(`${base}/es/no-existe?x=1`)).text();
    const controller = new AbortController();
    const live = await fetch(`${base}/live`, { signal: controller.signal });
    await live.body!.getReader().read();
    controller.abort();
    await waitFor(() => batches.join("").split("\n").length > 2);

    const lines = batches.join("").split("\n").filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^GET \/es\/no-existe\?x=1 404 9 - \d+\.\d{3} ms$/);
    expect(lines[1]).toMatch(/^GET \/live 200 - - \d+\.\d{3} ms \(connection closed before the end\)$/);
  });

  it("writes a burst of lines in one batch", async () => {
    const batches: string[] = [];
    // Long enough that the burst is over before the timer fires, also while CI runs other
    // suites beside this one (200 ms was not).
    const base = await serve(createAccessLog({ write: (text) => batches.push(text), flushAfterMs: 1_500 }));
    await Promise.all(Array.from({ length: 20 }, () => fetch(`${base}/x`).then((r) => r.text())));
    expect(batches).toHaveLength(0);
    await waitFor(() => batches.length > 0);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.split("\n").filter(Boolean)).toHaveLength(20);
  });

  it("writes a full batch at once, without waiting for the timer", async () => {
    const batches: string[] = [];
    const base = await serve(
      createAccessLog({ write: (text) => batches.push(text), flushAfterMs: 60_000, maxBatchBytes: 60 }),
    );
    await (await fetch(`${base}/a-rather-long-path-for-one-line-of-the-log`)).text();
    await waitFor(() => batches.length > 0);
    expect(batches[0]).toMatch(/^GET \/a-rather-long-path-for-one-line-of-the-log 404 9 - /);
  });
});
