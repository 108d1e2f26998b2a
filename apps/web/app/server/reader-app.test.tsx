import { sentOperation } from "@sahifa/api-client/sent-operation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createReaderApi } from "../data/reader-api.ts";
import { createReaderApp } from "./reader-app.tsx";

const ARABIC_SLUG = "ميناء-جديد";
const ARABIC_PATH = `/ar/news/economy/7/${encodeURIComponent(ARABIC_SLUG)}`;
const ASSETS = {
  script: "/assets/reader-islands-abc.js",
  styles: ["/assets/reader-islands-abc.css"],
  fonts: { ar: "/assets/naskh-abc.woff2" },
  liteStyles: ["/assets/lite-abc.css"],
};

function article(overrides: Record<string, unknown> = {}) {
  return {
    id: "7",
    locale: "ar",
    kind: "news",
    url: `/ar/news/economy/7/${ARABIC_SLUG}`,
    title: "ميناء جديد",
    summary: "ملخص",
    seoTitle: null,
    seoDescription: null,
    source: null,
    shareCount: 3,
    readTimeMinutes: 2,
    publishedAt: "2026-11-20T10:51:00.000Z",
    updatedAt: "2026-11-20T10:51:00.000Z",
    authors: [{ name: "Omar", url: "/ar/author/omar", bio: "", isDesk: false }],
    section: { label: "اقتصاد", url: "/ar/news/economy", parent: { label: "أخبار", url: "/ar/news" } },
    region: null,
    leadImage: null,
    tags: [],
    dossier: null,
    translations: [
      { locale: "ar", url: `/ar/news/economy/7/${ARABIC_SLUG}` },
      { locale: "en", url: "/en/news/economy/7/new-port" },
    ],
    body: [{ __typename: "ParagraphBlock", content: [{ text: "نص", marks: [], href: null }] }],
    readNext: [],
    related: [],
    notes: [],
    ...overrides,
  };
}

const extras = { edition: { mostRead: [] }, dossiers: [] };

/** The API as the reader app sees it: answers by operation name; every call is recorded. */
function stubApi(answers: Record<string, unknown>) {
  const calls: string[] = [];
  const fetchMock = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    if (url.pathname.startsWith("/media/")) {
      calls.push(url.pathname);
      return new Response("video-bytes", {
        status: 206,
        headers: { "content-type": "video/mp4", "content-range": "bytes 0-10/100", "accept-ranges": "bytes" },
      });
    }
    const { query } = sentOperation(input, init);
    const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? "anonymous";
    calls.push(operation);
    const data = answers[operation] ?? (operation === "Breaking" ? { breaking: [] } : null);
    return new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return calls;
}

function readerApp(timeZone = "UTC") {
  const errors: unknown[] = [];
  const app = createReaderApp(
    {
      api: createReaderApi({ apiUrl: new URL("http://api.test/graphql"), cacheSeconds: 5, timeZone }),
      origin: "https://sahifa.example",
      assets: ASSETS,
      now: () => new Date("2026-11-24T12:00:00Z"),
    },
    { error: (...args: unknown[]) => errors.push(args) },
  );
  return { app, errors };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("/", () => {
  it("redirects to the best edition for Accept-Language with 302 and Vary", async () => {
    const { app } = readerApp();
    const response = await app.request("/", { headers: { "accept-language": "fr-FR,ar;q=0.8,en;q=0.5" } });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/ar");
    expect(response.headers.get("vary")).toBe("Cookie, Accept-Language");
    expect((await app.request("/", { headers: { "accept-language": "de" } })).headers.get("location")).toBe(
      "/en",
    );
  });
});

describe("article pages", () => {
  it("answers a malformed id with 404 without asking the API for the article", async () => {
    const calls = stubApi({});
    const { app } = readerApp();
    const response = await app.request("/ar/news/abc/x");
    expect(response.status).toBe(404);
    expect(calls).not.toContain("ArticlePage");
  });

  it("redirects a wrong slug permanently to the percent-encoded canonical URL", async () => {
    stubApi({ ArticlePage: { article: article(), articleTranslations: [], ...extras } });
    const response = await readerApp().app.request("/ar/news/economy/7/old");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe(ARABIC_PATH);
  });

  it("serves the canonical URL with hreflang for the editions that have it, absolute URLs from PUBLIC_ORIGIN whatever the Host", async () => {
    stubApi({ ArticlePage: { article: article(), articleTranslations: [], ...extras } });
    const response = await readerApp().app.request(`http://evil.example${ARABIC_PATH}`, {
      headers: { host: "evil.example" },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/);
    expect(html).toContain("ميناء جديد");
    expect(html).toContain(`<link rel="canonical" href="https://sahifa.example${ARABIC_PATH}"/>`);
    expect(html).toContain('hrefLang="en" href="https://sahifa.example/en/news/economy/7/new-port"');
    expect(html).toContain('hrefLang="x-default" href="https://sahifa.example/en/news/economy/7/new-port"');
    expect(html).not.toContain("evil.example");
    expect(response.headers.get("xkey")).toBe("edition-ar article-7");
    expect(response.headers.get("cache-control")).toMatch(/^public/);
  });

  it("dates the article in the newsroom's time zone, named, with the Hijri date in the Arabic edition", async () => {
    stubApi({ ArticlePage: { article: article(), articleTranslations: [], ...extras } });
    const html = await (await readerApp("Asia/Qatar").app.request(ARABIC_PATH)).text();
    // 10:51 UTC is 13:51 in Doha; 20 November 2026 is 10 Jumada al-Akhira 1448 (Umm al-Qura).
    expect(html).toMatch(/توقيت[^<]*قطر/);
    expect(html).toMatch(/1:51/);
    expect(html).toMatch(/10 جمادى الآخرة 1448/);
  });

  it("shares the 1200×630 JPEG card in link previews and shows a correction at the end", async () => {
    const image = {
      url: "/media/i/abc/full-1280.jpg",
      width: 4000,
      height: 3000,
      alt: "سفن الصيد",
      caption: "",
      credit: null,
      renditions: [
        { url: "/media/i/abc/full-640.avif", width: 640, format: "AVIF" },
        { url: "/media/i/abc/full-640.webp", width: 640, format: "WEBP" },
        { url: "/media/i/abc/full-640.jpg", width: 640, format: "JPEG" },
      ],
      socialCard: { url: "/media/i/abc/card-1200.jpg" },
    };
    const note = {
      id: "3",
      kind: "CORRECTION",
      text: "صُحّح اسم الميناء.",
      createdAt: "2026-11-21T09:00:00.000Z",
    };
    stubApi({
      ArticlePage: {
        article: article({ leadImage: image, notes: [note] }),
        articleTranslations: [],
        ...extras,
      },
    });
    const html = await (await readerApp().app.request(ARABIC_PATH)).text();
    expect(html).toContain(
      '<meta property="og:image" content="https://sahifa.example/media/i/abc/card-1200.jpg"/>',
    );
    expect(html).toContain('<source type="image/avif" srcSet="/media/i/abc/full-640.avif 640w"');
    expect(html).toContain("صُحّح اسم الميناء.");
    expect(html).toContain('data-note-kind="correction"');
  });

  it("ships only the islands script: no client router and no loader data", async () => {
    stubApi({ ArticlePage: { article: article(), articleTranslations: [], ...extras } });
    const html = await (await readerApp().app.request(ARABIC_PATH)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts).toEqual([
      '<script type="application/ld+json">',
      `<script type="module" src="${ASSETS.script}">`,
    ]);
    expect(html).not.toMatch(/__reactRouter|__remix|turbo-stream|modulepreload/);
    expect(html).toContain(`<link rel="stylesheet" href="${ASSETS.styles[0]}"/>`);
    expect(html).toContain(
      '<link rel="preload" href="/assets/naskh-abc.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>',
    );
  });

  it("asks the API once for many readers of one article while its answer is fresh", async () => {
    const calls = stubApi({ ArticlePage: { article: article(), articleTranslations: [], ...extras } });
    const { app } = readerApp();
    await Promise.all([app.request(ARABIC_PATH), app.request(ARABIC_PATH), app.request(ARABIC_PATH)]);
    expect(calls.filter((call) => call === "ArticlePage")).toHaveLength(1);
  });

  it("asks for the edition's ticker while the article's own query is still out", async () => {
    stubApi({ ArticlePage: { article: article(), articleTranslations: [], ...extras } });
    const events: string[] = [];
    const answer = vi.mocked(fetch).getMockImplementation()!;
    // Each answer comes a turn of the event loop after its question, as from a real API.
    vi.mocked(fetch).mockImplementation(async (input, init) => {
      const response = await answer(input, init);
      const operation = /query (\w+)/.exec(sentOperation(input, init).query)?.[1];
      events.push(`ask ${operation}`);
      await new Promise((resolve) => setTimeout(resolve, 0));
      events.push(`answer ${operation}`);
      return response;
    });
    const response = await readerApp().app.request(ARABIC_PATH);
    expect(response.status).toBe(200);
    expect(events.indexOf("ask Breaking")).toBeGreaterThanOrEqual(0);
    expect(events.indexOf("ask Breaking")).toBeLessThan(events.indexOf("answer ArticlePage"));
  });

  it("puts the related stories in the middle of a body that has no Related News box", async () => {
    const teaser = {
      id: "9",
      kind: "news",
      url: "/ar/news/9/x",
      title: "قصة ذات صلة",
      summary: "",
      publishedAt: "2026-11-19T08:00:00.000Z",
      section: { label: "أخبار", url: "/ar/news" },
      region: null,
      leadImage: null,
    };
    const paragraph = (text: string) => ({
      __typename: "ParagraphBlock",
      content: [{ text, marks: [], href: null }],
    });
    stubApi({
      ArticlePage: {
        article: article({
          body: [paragraph("أول"), paragraph("ثان"), paragraph("ثالث")],
          related: [teaser],
        }),
        articleTranslations: [],
        ...extras,
      },
    });
    const html = await (await readerApp().app.request(ARABIC_PATH)).text();
    const second = html.indexOf("ثان");
    const related = html.indexOf("قصة ذات صلة");
    const third = html.indexOf("ثالث");
    expect(second).toBeLessThan(related);
    expect(related).toBeLessThan(third);
  });

  it("answers 404 naming the editions that have an article missing in this one", async () => {
    stubApi({
      ArticlePage: {
        article: null,
        articleTranslations: [{ locale: "en", url: "/en/news/economy/7/new-port" }],
        ...extras,
      },
    });
    const response = await readerApp().app.request("/es/news/7/x");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('data-testid="not-in-edition"');
    expect(html).toContain('href="/en/news/economy/7/new-port"');
    expect(html).toMatch(/<html lang="es"/);
  });
});

describe("preview", () => {
  const TOKEN = "eyJhIjoxfQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ";

  it("renders the revision the token names, marked as a preview, neither cached nor indexed", async () => {
    stubApi({
      ArticlePreview: { articlePreview: article({ title: "مسودة لم تنشر" }) },
      ArticleExtras: extras,
    });
    const response = await readerApp().app.request(`/preview/${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("xkey")).toBe("edition-ar");
    const html = await response.text();
    expect(html).toContain("مسودة لم تنشر");
    expect(html).toContain('class="preview-banner"');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
  });

  it("answers 404 with no draft text when the API refuses the token, and never asks for a malformed one", async () => {
    const calls = stubApi({ ArticlePreview: { articlePreview: null } });
    const { app } = readerApp();
    const refused = await app.request(`/preview/${TOKEN}`);
    expect(refused.status).toBe(404);
    expect(refused.headers.get("cache-control")).toBe("private, no-store");
    expect(await refused.text()).toContain('data-testid="not-found"');
    const malformed = await app.request("/preview/%3Cscript%3E");
    expect(malformed.status).toBe(404);
    expect(calls.filter((call) => call === "ArticlePreview")).toHaveLength(1);
  });
});

describe("HTTP", () => {
  it("sets the security headers on every page", async () => {
    stubApi({});
    const response = await readerApp().app.request("/en/about");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("answers a page as UTF-8 HTML, its Arabic text intact", async () => {
    stubApi({});
    const response = await readerApp().app.request("/ar/about");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    const html = new TextDecoder("utf-8", { fatal: true }).decode(await response.arrayBuffer());
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('lang="ar"');
  });

  it("says that every page varies by Accept-Encoding, and gzips it for a client that asks", async () => {
    stubApi({});
    const { app } = readerApp();
    const plain = await app.request("/en/about");
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    expect(plain.headers.get("content-encoding")).toBeNull();
    const gzipped = await app.request("/en/about", { headers: { "accept-encoding": "gzip" } });
    expect(gzipped.headers.get("vary")).toBe("Accept-Encoding");
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    const html = await new Response(gzipped.body!.pipeThrough(new DecompressionStream("gzip"))).text();
    expect(html).toBe(await plain.text());
  });

  it("answers methods a page does not take with 405 and Allow, never 500", async () => {
    stubApi({});
    const { app, errors } = readerApp();
    for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"]) {
      const response = await app.request("/en", { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
    }
    expect((await app.request("/views", { method: "GET" })).headers.get("allow")).toBe("POST");
    expect(errors).toEqual([]);
  });

  it("refuses a view beacon larger than a beacon", async () => {
    stubApi({});
    const response = await readerApp().app.request("/views", { method: "POST", body: "x".repeat(10_000) });
    expect(response.status).toBe(413);
  });

  it("relays a view beacon with the reader's address and browser, so Most Read counts readers, not this server", async () => {
    const sent: Request[] = [];
    vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
      sent.push(new Request(input, init));
      return new Response(null, { status: 204 });
    });
    const response = await readerApp().app.request("/views", {
      method: "POST",
      body: JSON.stringify({ articleId: 7, locale: "ar" }),
      headers: { "user-agent": "Reader/1.0", "x-forwarded-for": "203.0.113.9" },
    });
    expect(response.status).toBe(204);
    expect(sent).toHaveLength(1);
    expect(new URL(sent[0]!.url).pathname).toBe("/views");
    expect(sent[0]!.headers.get("x-forwarded-for")).toBe("203.0.113.9");
    expect(sent[0]!.headers.get("user-agent")).toBe("Reader/1.0");
  });

  it("answers a slug with a NUL character with 404 without asking the API", async () => {
    const calls = stubApi({});
    const response = await readerApp().app.request("/en/tag/a%00b");
    expect(response.status).toBe(404);
    expect(calls.filter((call) => call !== "Breaking")).toEqual([]);
  });

  it("relays media files before the edition routes match them, ranges included", async () => {
    const calls = stubApi({});
    const response = await readerApp().app.request("/media/video/harbour.mp4", {
      headers: { range: "bytes=0-10" },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-type")).toBe("video/mp4");
    expect(response.headers.get("content-range")).toBe("bytes 0-10/100");
    expect(calls).toEqual(["/media/video/harbour.mp4"]);
  });

  it("has no desk: its old URLs are reader 404s", async () => {
    stubApi({});
    expect((await readerApp().app.request("/en/desk")).status).toBe(404);
  });
});

describe("feeds and sitemaps", () => {
  it("relays them from the API's /distribution at the reader's own paths, and links the edition's feeds from its front page", async () => {
    const requested: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
        const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
        if (url.pathname.startsWith("/distribution/")) {
          requested.push(url.pathname);
          return new Response('<?xml version="1.0"?><rss/>', {
            headers: { "content-type": "application/rss+xml; charset=utf-8", xkey: "edition-ar" },
          });
        }
        const { query } = sentOperation(input, init);
        const data = query.includes("query Breaking")
          ? { breaking: [] }
          : { edition: { lead: null, sections: [], mostRead: [] }, articles: { edges: [] } };
        return new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
      }),
    );
    const { app } = readerApp();
    for (const path of [
      "/ar/rss.xml",
      "/ar/tag/%D9%85%D9%8A%D9%86%D8%A7%D8%A1/atom.xml",
      "/sitemap.xml",
      "/sitemaps/ar-1.xml",
      "/robots.txt",
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toContain("xml");
    }
    expect(requested).toEqual([
      "/distribution/ar/rss.xml",
      "/distribution/ar/tag/%D9%85%D9%8A%D9%86%D8%A7%D8%A1/atom.xml",
      "/distribution/sitemap.xml",
      "/distribution/sitemaps/ar-1.xml",
      "/distribution/robots.txt",
    ]);
    const front = await (await app.request("/ar")).text();
    expect(front).toContain(
      '<link rel="alternate" type="application/rss+xml" title="صحيفة (RSS)" href="/ar/rss.xml"/>',
    );
    expect(front).toContain('type="application/atom+xml"');
  });
});

describe("/{locale}/live", () => {
  it("leads with the running live stories, then the breaking items linked to their story", async () => {
    stubApi({
      RunningLiveStories: {
        runningLiveStories: {
          edges: [
            {
              node: {
                article: { id: "9", title: "العاصفة مباشرة", url: "/ar/news/9/عاصفة" },
                lastUpdatedAt: "2026-11-24T11:48:00.000Z",
                latestUpdate: {
                  id: "41",
                  title: "العبارات في الموانئ",
                  body: "أول فقرة.\n\nثانية.",
                  createdAt: "2026-11-24T11:48:00.000Z",
                },
              },
            },
          ],
        },
      },
      Breaking: {
        breaking: [
          {
            id: "5",
            text: "عاجل عن العاصفة",
            attribution: null,
            url: null,
            article: { url: "/ar/news/9/عاصفة" },
            createdAt: "2026-11-24T11:50:00.000Z",
          },
        ],
      },
    });
    const response = await readerApp().app.request("/ar/live");
    expect(response.status).toBe(200);
    const html = await response.text();
    const stories = html.indexOf('data-testid="live-stories"');
    const breaking = html.indexOf('data-testid="live-list"');
    expect(stories).toBeGreaterThan(0);
    expect(breaking).toBeGreaterThan(stories);
    expect(html).toContain("العاصفة مباشرة");
    expect(html).toContain("العبارات في الموانئ");
    expect(html).toContain("أول فقرة.");
    expect(html).not.toContain("ثانية.");
    // Relative times are written from the moment of rendering, which the islands hydrate from.
    expect(html).toMatch(/<time dateTime="2026-11-24T11:50:00.000Z" title="[^"]+">قبل 10 دقائق<\/time>/);
    expect(html).toContain("&quot;renderedAt&quot;:1795521600000");
    expect(html).toContain(`<a href="/ar/news/9/${encodeURIComponent("عاصفة")}">عاجل عن العاصفة</a>`);
  });
});

describe("lite pages", () => {
  it("render the same article with no script, no web font and the lite stylesheet, links kept in lite", async () => {
    stubApi({ ArticlePage: { article: article(), articleTranslations: [], ...extras } });
    const response = await readerApp().app.request(`/ar/lite${ARABIC_PATH.slice(3)}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("ميناء جديد");
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain("data-island");
    expect(html).not.toContain("woff2");
    expect(html).toContain('href="/assets/lite-abc.css"');
    expect(html).not.toContain("/assets/reader-islands-abc.css");
    // Canonical to the full page; navigation stays lite; the footer leads back to the full page.
    expect(html).toContain(`<link rel="canonical" href="https://sahifa.example${ARABIC_PATH}"/>`);
    expect(html).toContain('<a href="/ar/lite/news"');
    expect(html).not.toMatch(/<a href="\/ar\/news"/);
    expect(html).toContain(`<a rel="alternate" href="${ARABIC_PATH}" data-testid="full-version">`);
    expect(response.headers.get("xkey")).toBe("edition-ar article-7");
  });

  it("link every full page to its lite version and keep a redirect in lite", async () => {
    stubApi({ ArticlePage: { article: article(), articleTranslations: [], ...extras } });
    const { app } = readerApp();
    const full = await (await app.request(ARABIC_PATH)).text();
    expect(full).toContain(`<a href="/ar/lite${ARABIC_PATH.slice(3)}" data-testid="lite-version">`);
    const redirect = await app.request("/ar/lite/news/economy/7/old");
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe(`/ar/lite${ARABIC_PATH.slice(3)}`);
    expect((await app.request("/ar/lite/no/such/page/here/at/all")).status).toBe(404);
  });
});

describe("tag and region pages", () => {
  /** A tag listed in the editions named, empty in the others. */
  function tagIn(
    editions: string[],
    pageInfo = {
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null as string | null,
      endCursor: null as string | null,
    },
  ) {
    const fetchMock = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
      const { query, variables } = sentOperation(input, init) as {
        query: string;
        variables: { locale: string };
      };
      const operation = /query (\w+)/.exec(query)?.[1];
      const has = editions.includes(variables.locale);
      const data =
        operation === "TagListing"
          ? {
              tag: {
                label: "موانئ",
                articles: {
                  edges: has ? [{ node: { ...article(), locale: variables.locale } }] : [],
                  pageInfo,
                },
              },
            }
          : { breaking: [] };
      return new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
    });
    vi.stubGlobal("fetch", fetchMock);
  }

  it("are no hreflang target in an edition where they are empty, and noindex there", async () => {
    tagIn(["ar", "en"]);
    const { app } = readerApp();
    const arabic = await (await app.request("/ar/tag/ports")).text();
    expect(arabic).toContain('hrefLang="en" href="https://sahifa.example/en/tag/ports"');
    expect(arabic).not.toContain(`rel="alternate" hrefLang="es"`);
    expect(arabic).not.toContain('content="noindex');
    const spanish = await (await app.request("/es/tag/ports")).text();
    expect(spanish).toContain('<meta name="robots" content="noindex, follow"/>');
    expect(spanish).not.toContain(`rel="alternate" hrefLang="es"`);
  });
});

describe("addresses that lead to the canonical one", () => {
  it("answer an edition in capitals with 301 to its lowercase address, query kept", async () => {
    const { app } = readerApp();
    const response = await app.request("/EN/search?q=port");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/en/search?q=port");
    expect((await app.request("/Ar")).headers.get("location")).toBe("/ar");
    expect((await app.request("/FR")).status).toBe(404);
  });

  it("answer an article address without its slug with 301 to the canonical URL", async () => {
    stubApi({ ArticlePage: { article: article(), articleTranslations: [], ...extras } });
    const { app } = readerApp();
    for (const path of ["/ar/news/economy/7", "/ar/news/7"]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(301);
      expect(response.headers.get("location"), path).toBe(ARABIC_PATH);
    }
  });
});

describe("listing pages", () => {
  it("link the page before as well as the page after, both ways", async () => {
    const calls: Array<Record<string, unknown>> = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
        const { query, variables } = sentOperation(input, init);
        const tagListing = /query TagListing/.test(query);
        if (tagListing) calls.push(variables);
        const data = tagListing
          ? {
              tag: {
                label: "Ports",
                articles: {
                  edges: [{ node: { ...article(), locale: "en" } }],
                  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: "S", endCursor: "E" },
                },
              },
            }
          : { breaking: [] };
        return new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
      }),
    );
    const { app } = readerApp();
    // Paging forward, the page we came from is the previous one whatever hasPreviousPage says.
    const forward = await (await app.request("/en/tag/ports?after=X")).text();
    expect(forward).toContain('href="/en/tag/ports?before=S"');
    expect(forward).not.toContain("?after=E");
    expect(calls).toContainEqual({
      locale: "en",
      slug: "ports",
      first: 12,
      after: "X",
      last: null,
      before: null,
    });
    // Paging back, the page we came from is the next one.
    const back = await (await app.request("/en/tag/ports?before=Y")).text();
    expect(back).toContain('href="/en/tag/ports?after=E"');
    expect(back).not.toContain("?before=S");
    expect(calls).toContainEqual({
      locale: "en",
      slug: "ports",
      last: 12,
      before: "Y",
      first: null,
      after: null,
    });
    // The first page has neither link here: one page of stories.
    const first = await (await app.request("/en/tag/ports")).text();
    expect(first).not.toContain('class="pagination"');
  });
});
