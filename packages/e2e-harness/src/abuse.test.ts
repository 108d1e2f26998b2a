import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerLeaks, LEAK, rawRequest } from "./abuse.ts";
import { freePort } from "./servers.ts";

let server: Server;
let origin: string;

beforeAll(async () => {
  const port = await freePort();
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on("end", () => {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end(`${request.method} ${request.url} host=${request.headers.host} body=${body}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("raw abusive requests", () => {
  it("sends method, target, Host and a body in slow pieces as given", async () => {
    const answer = await rawRequest(origin, {
      kind: "slow",
      method: "POST",
      target: "/a%00b?x=1",
      headers: { host: "evil.example" },
      body: "abcdef",
      slowPieces: 3,
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain("POST /a%00b?x=1 host=evil.example body=abcdef");
  });

  it("reads the status of what Node's parser refuses, and 0 when nothing answers", async () => {
    expect((await rawRequest(origin, { kind: "nul", method: "GET", target: "/a\u0000b" })).status).toBe(400);
    const closed = `http://127.0.0.1:${await freePort()}`;
    expect((await rawRequest(closed, { kind: "none", method: "GET", target: "/" })).status).toBe(0);
  });

  it("calls a stack frame, a source path or SQL a leak, and a plain refusal not", () => {
    expect(LEAK.test("TypeError: x\n    at handle (/srv/app/server.js:10:5)")).toBe(true);
    expect(LEAK.test('error: syntax error at or near "from"')).toBe(true);
    expect(LEAK.test("select id, title from articles where id = 1")).toBe(true);
    expect(LEAK.test("<h1>Not a form</h1><p>Nothing was saved.</p>")).toBe(false);
    expect(answerLeaks("HTTP/1.1 302 Found\r\nlocation: http://evil.example/en\r\n")).toBe(true);
  });
});
