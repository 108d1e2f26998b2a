import { describe, expect, inject, it } from "vitest";
import { encodePath } from "../app/urls.ts";
import { listArticles } from "./api.ts";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");

function get(path: string, headers: Record<string, string> = {}) {
  return fetch(`${webUrl}${path}`, { redirect: "manual", headers });
}

describe("URLs", () => {
  it("sends / to the edition of Accept-Language with 302 and Vary", async () => {
    const response = await get("/", { "accept-language": "es-MX,es;q=0.9,en;q=0.5" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/es");
    expect(response.headers.get("vary")).toMatch(/accept-language/i);
    expect((await get("/", { "accept-language": "ar" })).headers.get("location")).toBe("/ar");
    expect((await get("/")).headers.get("location")).toBe("/en");
  });

  it("redirects a wrong slug or section permanently to the canonical URL", async () => {
    const [article] = await listArticles(apiUrl, "ar", 1);
    const canonical = encodePath(article!.url);
    const wrongSlug = canonical.replace(/\/[^/]+$/, "/old-slug");
    const response = await get(wrongSlug);
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe(canonical);
    const wrongSection = `/ar/videos/${article!.id}/x`;
    expect((await get(wrongSection)).headers.get("location")).toBe(canonical);
    expect((await get(canonical)).status).toBe(200);
  });

  it("answers 404 with links to the editions that have an article missing in this one", async () => {
    const english = await listArticles(apiUrl, "en");
    const article = english.find((a) => !a.translations.some((t) => t.locale === "es"));
    expect(article, "an English article without a Spanish edition").toBeDefined();
    const response = await get(`/es/news/${article!.id}/x`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('data-testid="not-in-edition"');
    expect(html).toContain(`href="${encodePath(article!.url)}"`);
    expect(html).toContain('lang="es"');
  });

  it.each([
    ["an unknown edition", "/xx"],
    ["an unknown edition with a path", "/fr/news/1/a"],
    ["an unknown section", "/en/no-such-section"],
    ["an unknown subsection", "/en/news/no-such"],
    ["a malformed id", "/en/news/abc/slug"],
    ["an id of zeros", "/en/news/000/slug"],
    ["a huge id", "/en/news/99999999999999999999/slug"],
    ["an unknown article", "/en/news/999999/slug"],
    ["an unknown tag", "/en/tag/no-such-tag"],
    ["an unknown author", "/en/author/nobody"],
    ["an unknown region", "/en/region/atlantis"],
    ["a path too deep", "/en/a/b/c/d/e/f"],
    ["a tampered cursor", "/en/news?after=not-a-cursor"],
  ])("answers %s with a 4xx page, never a 500", async (_name, path) => {
    const response = await get(path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).toContain("<html");
  });

  it("answers a slug with broken percent-encoding with a 404 or a redirect, never a 500", async () => {
    const [article] = await listArticles(apiUrl, "ar", 1);
    const section = article!.url.split("/").slice(2, -2).join("/");
    // A known article id with a broken slug goes to the canonical URL; anything else is our 404 page.
    const broken = await get(`/ar/${section}/${article!.id}/%D8%B3%D9`);
    expect(broken.status).toBe(301);
    expect(broken.headers.get("location")).toContain(`/ar/${section}/${article!.id}/`);
    for (const path of ["/ar/%E0%A4%A", "/en/news/1001/%"]) {
      const response = await get(path);
      expect([301, 404]).toContain(response.status);
      if (response.status === 404) expect(await response.text()).toContain("<html");
    }
  });

  it("answers /healthz with 200", async () => {
    expect((await get("/healthz")).status).toBe(200);
  });
});

describe("HTTP", () => {
  it("sends a page with its length, gzipped for a client that asks, and HEAD with the same headers and no body", async () => {
    const plain = await get("/ar", { "accept-encoding": "identity" });
    const page = await plain.text();
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-length")).toBe(String(Buffer.byteLength(page)));
    expect(page).toContain('<html lang="ar" dir="rtl"');

    // fetch decodes gzip itself and keeps the header: the whole page came compressed.
    const gzipped = await get("/ar", { "accept-encoding": "gzip" });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(gzipped.headers.get("vary")).toMatch(/accept-encoding/i);
    const unzipped = await gzipped.text();
    expect(unzipped).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl"[\s\S]*<\/html>$/);

    const head = await fetch(`${webUrl}/ar`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")?.toLowerCase()).toBe("text/html; charset=utf-8");
    expect(await head.text()).toBe("");
  });
});
