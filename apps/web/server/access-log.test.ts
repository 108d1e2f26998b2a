import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { logAccess } from "./access-log.mjs";

let server: Server | null = null;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
});

describe("logAccess", () => {
  it("writes one line per request: method, path, status, length and time; and says when it was cut short", async () => {
    const lines: string[] = [];
    let logged: () => void = () => {};
    server = createServer((req, res) => {
      logAccess(req, res, (line) => {
        lines.push(line);
        logged();
      });
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
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const nextLine = () =>
      new Promise<void>((resolve) => {
        logged = resolve;
      });
    let written = nextLine();
    await (await fetch(`${base}/es/no-existe?x=1`)).text();
    await written;
    expect(lines[0]).toMatch(/^GET \/es\/no-existe\?x=1 404 9 - \d+\.\d{3} ms\n$/);

    written = nextLine();
    const controller = new AbortController();
    const live = await fetch(`${base}/live`, { signal: controller.signal });
    await live.body!.getReader().read();
    controller.abort();
    await written;
    expect(lines[1]).toMatch(/^GET \/live 200 - - \d+\.\d{3} ms \(connection closed before the end\)\n$/);
    expect(lines).toHaveLength(2);
  });
});
