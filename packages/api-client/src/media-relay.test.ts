import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relayMedia } from "./media-relay.ts";

let api: Server;
let apiUrl: URL;
const seen: Array<{ url: string; range: string | undefined }> = [];

beforeAll(async () => {
  api = createServer((req, res) => {
    seen.push({ url: req.url ?? "", range: req.headers.range });
    if (req.url === "/media/i/old/wide-640.jpg") {
      res.writeHead(302, { location: "/media/i/new/wide-640-50-30.jpg" }).end();
    } else if (req.url === "/media/v/abc.mp4") {
      res
        .writeHead(206, {
          "content-type": "video/mp4",
          "content-range": "bytes 0-3/10",
          "content-length": "4",
          "set-cookie": "api=1",
        })
        .end("abcd");
    } else res.writeHead(404).end("no");
  });
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  apiUrl = new URL(`http://127.0.0.1:${(api.address() as AddressInfo).port}/graphql`);
});
afterAll(() => new Promise<void>((resolve) => api.close(() => resolve())));

describe("relayMedia", () => {
  it("streams a byte range through with the headers a browser needs, and no others", async () => {
    const response = await relayMedia(
      new Request("http://desk.test/media/v/abc.mp4", { headers: { range: "bytes=0-3" } }),
      apiUrl,
    );
    expect(response.status).toBe(206);
    expect(await response.text()).toBe("abcd");
    expect(response.headers.get("content-range")).toBe("bytes 0-3/10");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(seen.at(-1)).toEqual({ url: "/media/v/abc.mp4", range: "bytes=0-3" });
  });

  it("passes on the redirect of an old crop URL, and refuses climbing paths without asking", async () => {
    const moved = await relayMedia(new Request("http://desk.test/media/i/old/wide-640.jpg"), apiUrl);
    expect(moved.status).toBe(302);
    expect(moved.headers.get("location")).toBe("/media/i/new/wide-640-50-30.jpg");
    const asked = seen.length;
    expect((await relayMedia(new Request("http://desk.test/media/../graphql"), apiUrl)).status).toBe(404);
    expect((await relayMedia(new Request("http://desk.test/media//x"), apiUrl)).status).toBe(404);
    expect(seen.length).toBe(asked);
    expect((await relayMedia(new Request("http://desk.test/media/unknown.jpg"), apiUrl)).status).toBe(404);
  });
});
