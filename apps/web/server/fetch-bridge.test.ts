import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sendFetchResponse, toFetchRequest } from "./fetch-bridge.mjs";

let server: Server | null = null;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
});

/** A real node:http server answering through the bridge with `handler`; its base URL. */
async function serve(handler: (request: Request) => Response | Promise<Response>): Promise<string> {
  server = createServer(async (req, res) => {
    let request: Request;
    try {
      request = toFetchRequest(req, res);
    } catch (error) {
      res.writeHead(400);
      res.end((error as Error).message);
      return;
    }
    await sendFetchResponse(res, await handler(request));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A raw request line and headers, for what fetch would not send (odd targets, odd hosts). */
function rawRequest(base: string, path: string, headers: Record<string, string>) {
  const { port } = new URL(base);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers, setHost: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("toFetchRequest", () => {
  it("keeps the method, the path and query as sent (broken percent-encoding too), headers and body", async () => {
    let seen: {
      method: string;
      url: string;
      accept: string | null;
      tags: string | null;
      body: string;
    } | null = null;
    const base = await serve(async (request) => {
      seen = {
        method: request.method,
        url: request.url,
        accept: request.headers.get("accept-language"),
        tags: request.headers.get("x-tag"),
        body: await request.text(),
      };
      return new Response("ok");
    });
    const response = await fetch(`${base}/ar/news/%E0%A4%A/1?after=abc`, {
      method: "POST",
      headers: [
        ["accept-language", "ar"],
        ["x-tag", "one"],
        ["x-tag", "two"],
      ],
      body: "title=عاجل",
    });
    expect(response.status).toBe(200);
    expect(seen).toEqual({
      method: "POST",
      url: `${base}/ar/news/%E0%A4%A/1?after=abc`,
      accept: "ar",
      tags: "one, two",
      body: "title=عاجل",
    });
  });

  it("takes a Host header that is not a plain host name as localhost, so it cannot reshape the URL", async () => {
    let url = "";
    const base = await serve((request) => {
      url = request.url;
      return new Response("ok");
    });
    await rawRequest(base, "/en", { host: "evil.example/@x" });
    expect(url).toBe("http://localhost/en");
    await rawRequest(base, "/en", { host: "news.example:8080" });
    expect(url).toBe("http://news.example:8080/en");
  });

  it("refuses a request target that is not a path, without calling the handler", async () => {
    let called = false;
    const base = await serve(() => {
      called = true;
      return new Response("ok");
    });
    const answer = await rawRequest(base, "http://elsewhere.example/en", { host: "localhost" });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain("http://elsewhere.example/en");
    expect(called).toBe(false);
  });
});

describe("sendFetchResponse", () => {
  it("writes the status, the headers and every Set-Cookie on its own", async () => {
    const base = await serve(() => {
      const headers = new Headers({ "content-type": "text/html; charset=utf-8", vary: "Accept-Language" });
      headers.append("set-cookie", "a=1; Path=/");
      headers.append("set-cookie", "b=2; Path=/; HttpOnly");
      return new Response("<p>غير موجود</p>", { status: 404, statusText: "Not Found", headers });
    });
    const response = await fetch(`${base}/es/no-existe`);
    expect(response.status).toBe(404);
    expect(response.statusText).toBe("Not Found");
    expect(response.headers.get("vary")).toBe("Accept-Language");
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/; HttpOnly"]);
    expect(await response.text()).toBe("<p>غير موجود</p>");
  });

  it("writes the body's text when the caller has it, with its length, instead of reading the stream", async () => {
    const page = '<!DOCTYPE html><html lang="es"><h1>Valencia, bajo la lluvia</h1></html>';
    let pulled = false;
    server = createServer(async (req, res) => {
      toFetchRequest(req, res);
      const body = new ReadableStream<Uint8Array>(
        {
          pull() {
            pulled = true;
          },
        },
        { highWaterMark: 0 },
      );
      await sendFetchResponse(res, new Response(body, { headers: { "content-type": "text/html" } }), page);
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/es`);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(page)));
    expect(await response.text()).toBe(page);
    expect(pulled).toBe(false);
  });

  it("answers HEAD with the headers and no body", async () => {
    const base = await serve(() => new Response(null, { status: 200, headers: { "x-page": "front" } }));
    const response = await fetch(`${base}/en`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-page")).toBe("front");
    expect(await response.text()).toBe("");
  });

  it("sends an event stream event by event, before the stream has ended", async () => {
    let push: ((text: string) => void) | null = null;
    const base = await serve(() => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          push = (text) => controller.enqueue(new TextEncoder().encode(text));
        },
      });
      return new Response(body, { headers: { "content-type": "text/event-stream" } });
    });
    const response = await fetch(`${base}/live-events/breaking/en`);
    const reader = response.body!.getReader();
    push!("data: first\n\n");
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("data: first\n\n");
    push!("data: second\n\n");
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("data: second\n\n");
    await reader.cancel();
  });

  it("aborts the request's signal and cancels the body when the reader leaves mid-stream, and keeps serving", async () => {
    const events: string[] = [];
    let released: () => void = () => {};
    const gone = new Promise<void>((resolve) => {
      released = resolve;
    });
    const base = await serve((request) => {
      if (new URL(request.url).pathname === "/after") return new Response("still here");
      request.signal.addEventListener("abort", () => events.push("request aborted"));
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("data: hello\n\n"));
        },
        cancel() {
          events.push("body cancelled");
          released();
        },
      });
      return new Response(body, { headers: { "content-type": "text/event-stream" } });
    });
    const controller = new AbortController();
    const response = await fetch(`${base}/live`, { signal: controller.signal });
    await response.body!.getReader().read();
    controller.abort();
    await gone;
    expect(events).toEqual(expect.arrayContaining(["request aborted", "body cancelled"]));
    expect(await (await fetch(`${base}/after`)).text()).toBe("still here");
  });

  it("ends the connection when the body fails after the status was sent, and keeps serving", async () => {
    const base = await serve((request) => {
      if (new URL(request.url).pathname === "/after") return new Response("still here");
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("data: one\n\n"));
          setTimeout(() => controller.error(new Error("upstream went away")), 20);
        },
      });
      return new Response(body, { headers: { "content-type": "text/event-stream" } });
    });
    const response = await fetch(`${base}/live`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect(await (await fetch(`${base}/after`)).text()).toBe("still here");
  });
});
