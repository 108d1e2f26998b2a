import { afterEach, describe, expect, it, vi } from "vitest";
import { clearReaderCache } from "../graphql/reader-query.server.ts";
import { fromServer } from "../server-only.ts";
import { loader } from "./edition.article.tsx";

const ARABIC_SLUG = "ميناء-جديد";
const ARABIC_URL = `/ar/news/economy/7/${ARABIC_SLUG}`;

function article() {
  return {
    id: "7",
    locale: "ar",
    kind: "news",
    url: ARABIC_URL,
    title: "ميناء جديد",
    summary: "ملخص",
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
      { locale: "ar", url: ARABIC_URL },
      { locale: "en", url: "/en/news/economy/7/new-port" },
    ],
    body: [{ __typename: "ParagraphBlock", content: [{ text: "نص", marks: [], href: null }] }],
    readNext: [],
    related: [],
  };
}

function stubApi(data: unknown) {
  const fetchMock = vi.fn(
    async () => new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } }),
  );
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const apiData = (value: object | null, translations: unknown[] = []) => ({
  article: value,
  articleTranslations: translations,
  edition: { mostRead: [] },
  dossiers: [],
});

async function run(path: string, params: Record<string, string>) {
  const url = new URL(`https://sahifa.example${path}`);
  // The loader only reads params and the URL; the rest of LoaderArgs is the router's.
  return fromServer(await loader({ params, url, context: {} } as unknown as Parameters<typeof loader>[0]));
}

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("the loader did not throw");
}

afterEach(() => {
  clearReaderCache();
  vi.unstubAllGlobals();
});

describe("article loader", () => {
  it("answers a malformed id with 404 without asking the API", async () => {
    const fetchMock = stubApi(apiData(null));
    const error = (await thrown(
      run("/ar/news/abc/x", { locale: "ar", section: "news", id: "abc", slug: "x" }),
    )) as {
      init: ResponseInit;
    };
    expect(error.init.status).toBe(404);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("redirects a wrong slug permanently to the percent-encoded canonical URL", async () => {
    stubApi(apiData(article()));
    const response = (await thrown(
      run("/ar/news/economy/7/old", { locale: "ar", section: "news", sub: "economy", id: "7", slug: "old" }),
    )) as Response;
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe(`/ar/news/economy/7/${encodeURIComponent(ARABIC_SLUG)}`);
  });

  it("serves the canonical URL with hreflang alternates for the editions that have the article", async () => {
    stubApi(apiData(article()));
    const path = `/ar/news/economy/7/${encodeURIComponent(ARABIC_SLUG)}`;
    const data = await run(path, {
      locale: "ar",
      section: "news",
      sub: "economy",
      id: "7",
      slug: ARABIC_SLUG,
    });
    expect(data.page.article.title).toBe("ميناء جديد");
    expect(Object.keys(data.alternates).sort()).toEqual(["ar", "en"]);
    expect(data.seo.xDefault).toBe("/en/news/economy/7/new-port");
    expect(data.jsonLd.inLanguage).toBe("ar");
    expect(data.page.shareUrl).toBe(`https://sahifa.example${path}`);
  });

  it("derives the page once per cached API answer and origin, and per origin its own absolute URLs", async () => {
    const api = stubApi(apiData(article()));
    const path = `/ar/news/economy/7/${encodeURIComponent(ARABIC_SLUG)}`;
    const params = { locale: "ar", section: "news", sub: "economy", id: "7", slug: ARABIC_SLUG };
    const first = await run(path, params);
    const second = await run(path, params);
    expect(api).toHaveBeenCalledTimes(1);
    expect(second.page).toBe(first.page);
    expect(second.jsonLd).toBe(first.jsonLd);

    const url = new URL(`https://mirror.example${path}`);
    const elsewhere = fromServer(
      await loader({ params, url, context: {} } as unknown as Parameters<typeof loader>[0]),
    );
    expect(elsewhere.page.shareUrl).toBe(`https://mirror.example${path}`);
    expect(elsewhere.seo.origin).toBe("https://mirror.example");
    expect(first.page.shareUrl).toBe(`https://sahifa.example${path}`);
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
    stubApi(
      apiData({ ...article(), body: [paragraph("1"), paragraph("2"), paragraph("3")], related: [teaser] }),
    );
    const path = `/ar/news/economy/7/${encodeURIComponent(ARABIC_SLUG)}`;
    const data = await run(path, {
      locale: "ar",
      section: "news",
      sub: "economy",
      id: "7",
      slug: ARABIC_SLUG,
    });
    expect(data.page.article.body.map((block) => block.type)).toEqual([
      "paragraph",
      "paragraph",
      "related",
      "paragraph",
    ]);
  });

  it("answers 404 naming the editions that have an article missing in this one", async () => {
    stubApi(apiData(null, [{ locale: "en", url: "/en/news/economy/7/new-port" }]));
    const error = (await thrown(
      run("/es/news/7/x", { locale: "es", section: "news", id: "7", slug: "x" }),
    )) as {
      data: unknown;
      init: ResponseInit;
    };
    expect(error.init.status).toBe(404);
    expect(error.data).toEqual({
      kind: "notInEdition",
      locale: "es",
      translations: [{ locale: "en", url: "/en/news/economy/7/new-port" }],
    });
  });
});
