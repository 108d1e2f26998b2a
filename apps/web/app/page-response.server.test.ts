import { describe, expect, it } from "vitest";
import { pageResponse, pageTextOf } from "./page-response.server.ts";

const page = '<!DOCTYPE html><html lang="ar" dir="rtl"><body><h1>الحكومة تعلن موازنة 2027</h1></body></html>';

describe("pageResponse", () => {
  it("keeps the status and headers, and hands the web server the page's text", () => {
    const response = pageResponse(page, {
      status: 404,
      headers: { "content-type": "text/html; charset=utf-8" },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(pageTextOf(response)).toBe(page);
  });

  it("gives anyone who reads the body the same page, as UTF-8 bytes", async () => {
    const response = pageResponse(page, { status: 200 });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toBe(page);
    expect(bytes.byteLength).toBe(Buffer.byteLength(page));
    // Read once: its text is no longer offered, so it is never sent twice.
    expect(pageTextOf(response)).toBeUndefined();
  });

  it("offers no text for other responses", () => {
    expect(pageTextOf(new Response(page))).toBeUndefined();
    expect(pageTextOf(new Response(null, { status: 304 }))).toBeUndefined();
  });
});
