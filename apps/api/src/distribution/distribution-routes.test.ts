import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inProcessNewsPubSub } from "../pubsub.ts";
import {
  FIXTURE_NOW,
  idOf,
  publishedAtOf,
  SECTION_OF,
  slugOf,
  titleOf,
} from "../testing/newsroom-fixture.ts";
import { createTestApp } from "../testing/test-app.ts";
import { createApp } from "../yoga.ts";
import {
  DRAFT_TITLE,
  ESCAPED_TITLE,
  type ParsedXml,
  parseXml,
  prepareDistributionFixture,
  RFC_822,
  RFC_3339,
} from "./distribution.fixtures.ts";

const ORIGIN = "https://news.example";
let setup: Awaited<ReturnType<typeof createTestApp>>;
let app: ReturnType<typeof createApp>;
let hidden: Array<{ articleId: number; locale: Locale }>;

beforeAll(async () => {
  setup = await createTestApp();
  hidden = await prepareDistributionFixture(setup.db);
  app = createApp({
    db: setup.db,
    now: () => FIXTURE_NOW,
    pubsub: inProcessNewsPubSub().pubsub,
    publicOrigin: ORIGIN,
  });
});
afterAll(() => setup.close());

async function get(path: string, method = "GET") {
  const response = await app.fetch(`http://api${path}`, { method });
  return { response, text: await response.text() };
}

function feedPaths(locale: Locale, format: "rss" | "atom"): string[] {
  return [
    `/distribution/${locale}/${format}.xml`,
    `/distribution/${locale}/section/news/${format}.xml`,
    `/distribution/${locale}/section/news/politics/${format}.xml`,
    `/distribution/${locale}/region/africa/${format}.xml`,
    `/distribution/${locale}/tag/climate/${format}.xml`,
    `/distribution/${locale}/author/sara-haddad/${format}.xml`,
    `/distribution/${locale}/dossier/harbour-future/${format}.xml`,
  ];
}

const EVERY_DOCUMENT = [
  "/distribution/sitemap.xml",
  "/distribution/robots.txt",
  ...LOCALES.flatMap((locale) => [
    `/distribution/sitemaps/${locale}-1.xml`,
    `/distribution/sitemaps/news-${locale}.xml`,
    ...feedPaths(locale, "rss"),
    ...feedPaths(locale, "atom"),
  ]),
];

describe("only published content", () => {
  it.each(EVERY_DOCUMENT)("%s names no unpublished translation and no unpublished text", async (path) => {
    const { response, text } = await get(path);
    expect(response.status).toBe(200);
    expect(text).not.toContain(DRAFT_TITLE);
    expect(text).not.toContain("edited-story-3");
    for (const { articleId, locale } of hidden) {
      expect(text).not.toContain(`article/${articleId}/${locale}`);
      expect(text).not.toMatch(new RegExp(`/${locale}/[^<"\\s]*/${articleId}/`));
    }
  });
});

describe("RSS 2.0", () => {
  it("has the channel's and each item's required elements, RFC 822 dates and absolute URLs", async () => {
    const { response, text } = await get("/distribution/en/rss.xml");
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(response.headers.get("xkey")).toBe("front-en");
    expect(response.headers.get("cache-control")).toContain("public");
    const { rss } = parseXml(text);
    expect(rss["@version"]).toBe("2.0");
    const channel = rss.channel;
    expect(channel.title).toBe("Sahifa");
    expect(channel.link).toBe(`${ORIGIN}/en`);
    expect(channel.description).toBeTruthy();
    expect(channel.language).toBe("en");
    expect(channel.lastBuildDate).toMatch(RFC_822);
    expect(channel["atom:link"]["@href"]).toBe(`${ORIGIN}/en/rss.xml`);
    expect(channel.item.length).toBeGreaterThan(20);
    for (const item of channel.item) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(/^https:\/\/news\.example\/en\/[^/]+(\/[^/]+)*\/\d+\/[^/]+$/);
      expect(item.guid["#text"]).toMatch(/^tag:news\.example,2026:article\/\d+\/en$/);
      expect(item.guid["@isPermaLink"]).toBe("false");
      expect(item.pubDate).toMatch(RFC_822);
      expect(item["dc:creator"]).toEqual(["Sara Haddad"]);
      expect(item.category.length).toBeGreaterThanOrEqual(1);
      expect(item["media:content"]["@url"]).toBe(`${ORIGIN}/media/test-lead.svg`);
    }
    // Newest publication first: article 2 was republished at the fixture's now, article 1 published an hour before.
    expect(channel.item.slice(0, 3).map((item: ParsedXml) => item.guid["#text"])).toEqual(
      [2, 1, 3].map((n) => `tag:news.example,2026:article/${idOf(n)}/en`),
    );
  });

  it("escapes & and < and keeps a republished article's GUID", async () => {
    const { text } = await get("/distribution/en/rss.xml");
    expect(text).toContain("Ports &amp; &lt;harbours&gt;");
    const items: ParsedXml[] = parseXml(text).rss.channel.item;
    const edited = items.find((item) => item.title === ESCAPED_TITLE);
    expect(edited.guid["#text"]).toBe(`tag:news.example,2026:article/${idOf(2)}/en`);
    expect(edited.link).toBe(`${ORIGIN}/en/${SECTION_OF(2)}/${idOf(2)}/edited-story-2`);
    // Its first publication date stays; only the update moves.
    expect(new Date(edited.pubDate).getTime()).toBe(publishedAtOf(2).getTime());
  });

  it("serves the Arabic edition in Arabic, with percent-encoded Arabic slugs", async () => {
    const { text } = await get("/distribution/ar/rss.xml");
    const channel = parseXml(text).rss.channel;
    expect(channel.title).toBe("صحيفة");
    expect(channel.language).toBe("ar");
    const second = channel.item.find((item: ParsedXml) => item.title === titleOf("ar", 2));
    expect(second).toBeTruthy();
    expect(second.link).toBe(
      `${ORIGIN}/ar/${SECTION_OF(2)}/${idOf(2)}/${encodeURIComponent(slugOf("ar", 2))}`,
    );
    expect(second["dc:creator"]).toEqual(["سارة حداد"]);
    expect(second.category).toEqual(["رياضة"]);
  });

  it("lists a section with its subsections, and names the scope in the title", async () => {
    const news = parseXml((await get("/distribution/es/section/news/rss.xml")).text).rss.channel;
    const politics = parseXml((await get("/distribution/es/section/news/politics/rss.xml")).text).rss.channel;
    expect(politics.title).toBe("Sahifa: Política");
    expect(politics.link).toBe(`${ORIGIN}/es/news/politics`);
    expect(politics.item.length).toBeGreaterThan(0);
    expect(news.item.length).toBeGreaterThan(politics.item.length);
    const tag = parseXml((await get("/distribution/ar/tag/climate/rss.xml")).text).rss.channel;
    expect(tag.title).toBe("صحيفة: المناخ");
  });

  it("answers 404 for what does not exist", async () => {
    for (const path of [
      "/distribution/en/section/no-such-section/rss.xml",
      "/distribution/en/tag/no-such-tag/atom.xml",
      "/distribution/fr/rss.xml",
      "/distribution/en/section/%E0%A4%A/rss.xml",
      "/distribution/sitemaps/en-0.xml",
      "/distribution/nothing",
    ]) {
      expect((await get(path)).response.status, path).toBe(404);
    }
  });
});

describe("Atom", () => {
  it("has the feed's and each entry's required elements and RFC 3339 dates", async () => {
    const { response, text } = await get("/distribution/ar/dossier/harbour-future/atom.xml");
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("xkey")).toBe("dossier-ar-harbour-future");
    const { feed } = parseXml(text);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@xml:lang"]).toBe("ar");
    expect(feed.title).toBe("صحيفة: مستقبل الميناء");
    expect(feed.id).toBe(`${ORIGIN}/ar/dossier/harbour-future/atom.xml`);
    expect(feed.updated).toMatch(RFC_3339);
    expect(feed.author[0].name).toBe("صحيفة");
    // Dossier: articles 1–6; Arabic publishes the even ones.
    expect(feed.entry.map((entry: ParsedXml) => entry.id)).toEqual(
      [2, 4, 6].map((n) => `tag:news.example,2026:article/${idOf(n)}/ar`),
    );
    for (const entry of feed.entry) {
      expect(entry.title).toBeTruthy();
      expect(entry.published).toMatch(RFC_3339);
      expect(entry.updated).toMatch(RFC_3339);
      expect(entry.link.find((l: ParsedXml) => l["@rel"] === "alternate")["@href"]).toMatch(
        /^https:\/\/news\.example\/ar\//,
      );
      expect(entry.link.find((l: ParsedXml) => l["@rel"] === "enclosure")["@type"]).toBe("image/svg+xml");
    }
  });

  it("escapes & and <", async () => {
    const { text } = await get("/distribution/en/atom.xml");
    const entries: ParsedXml[] = parseXml(text).feed.entry;
    expect(entries.some((entry) => entry.title === ESCAPED_TITLE)).toBe(true);
  });
});

describe("sitemaps", () => {
  it("indexes each edition's article sitemaps and news sitemaps", async () => {
    const { response, text } = await get("/distribution/sitemap.xml");
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const sitemaps: ParsedXml[] = parseXml(text).sitemapindex.sitemap;
    const locs = sitemaps.map((s) => s.loc);
    for (const locale of LOCALES) {
      expect(locs).toContain(`${ORIGIN}/sitemaps/${locale}-1.xml`);
      expect(locs).toContain(`${ORIGIN}/sitemaps/news-${locale}.xml`);
    }
    for (const sitemap of sitemaps) expect(sitemap.lastmod).toMatch(RFC_3339);
  });

  it("lists each published article with lastmod and hreflang alternates only to editions that have it", async () => {
    const { text } = await get("/distribution/sitemaps/en-1.xml");
    const urlset = parseXml(text).urlset;
    expect(urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset["@xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
    const urls: ParsedXml[] = urlset.url;
    // 30 articles, article 4 archived in English.
    expect(urls).toHaveLength(29);
    for (const url of urls) {
      expect(url.loc).toMatch(/^https:\/\/news\.example\/en\//);
      expect(url.lastmod).toMatch(RFC_3339);
    }
    const byId = (n: number) => urls.find((url) => url.loc.includes(`/${idOf(n)}/`));
    // Article 1: English only (its Arabic is in review, its Spanish a draft): no alternates.
    expect(byId(1)["xhtml:link"]).toBeUndefined();
    // Article 6: in all three editions.
    const six = byId(6)["xhtml:link"].map((l: ParsedXml) => [l["@hreflang"], l["@href"]]);
    expect(six).toEqual([
      ["ar", `${ORIGIN}/ar/${SECTION_OF(6)}/${idOf(6)}/${encodeURIComponent(slugOf("ar", 6))}`],
      ["en", `${ORIGIN}/en/${SECTION_OF(6)}/${idOf(6)}/${slugOf("en", 6)}`],
      ["es", `${ORIGIN}/es/${SECTION_OF(6)}/${idOf(6)}/${slugOf("es", 6)}`],
    ]);
    // Article 10: English and Arabic only (not divisible by 3).
    expect(byId(10)["xhtml:link"].map((l: ParsedXml) => l["@hreflang"])).toEqual(["ar", "en"]);
    // Article 2 was republished with a new slug: the sitemap has the new URL.
    expect(byId(2).loc).toBe(`${ORIGIN}/en/${SECTION_OF(2)}/${idOf(2)}/edited-story-2`);
    expect(byId(2).lastmod).toBe(FIXTURE_NOW.toISOString());
  });

  it("keeps Arabic URLs intact through percent-encoding", async () => {
    const urls: ParsedXml[] = parseXml((await get("/distribution/sitemaps/ar-1.xml")).text).urlset.url;
    // Arabic publishes the even articles.
    expect(urls).toHaveLength(15);
    expect(urls.map((url) => decodeURIComponent(url.loc))).toContain(
      `${ORIGIN}/ar/${SECTION_OF(2)}/${idOf(2)}/${slugOf("ar", 2)}`,
    );
  });

  it("answers 404 for a sitemap page beyond the articles", async () => {
    // Page 2 would hold ids 50,001–100,000, which do not exist; an empty urlset is not a valid sitemap.
    const { response } = await get("/distribution/sitemaps/en-2.xml");
    expect(response.status).toBe(404);
  });

  it("news sitemap: articles first published in the last 48 hours, with the news elements", async () => {
    const later = createApp({
      db: setup.db,
      now: () => new Date(FIXTURE_NOW.getTime() + 20 * 3_600_000),
      pubsub: inProcessNewsPubSub().pubsub,
      publicOrigin: ORIGIN,
    });
    const response = await later.fetch("http://api/distribution/sitemaps/news-ar.xml");
    const urlset = parseXml(await response.text()).urlset;
    expect(urlset["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const urls: ParsedXml[] = urlset.url;
    // Published n hours before FIXTURE_NOW, so n + 20 hours before this clock: n ≤ 28, even.
    expect(urls.map((url) => Number(url.loc.split("/").at(-2)))).toEqual(
      [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28].map(idOf),
    );
    const news = urls[0]["news:news"];
    expect(news["news:publication"]["news:name"]).toBe("صحيفة");
    expect(news["news:publication"]["news:language"]).toBe("ar");
    expect(news["news:publication_date"]).toMatch(RFC_3339);
    expect(news["news:title"]).toBe(titleOf("ar", 2));
  });
});

describe("robots.txt", () => {
  it("names the sitemap index and the news sitemaps on the public origin", async () => {
    const { response, text } = await get("/distribution/robots.txt");
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    for (const locale of LOCALES) expect(text).toContain(`Sitemap: ${ORIGIN}/sitemaps/news-${locale}.xml`);
    expect(text).toContain("Disallow: /preview/");
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await get("/distribution/en/rss.xml", "HEAD");
    expect(head.response.status).toBe(200);
    expect(head.text).toBe("");
    expect((await get("/distribution/en/rss.xml", "POST")).response.status).toBe(405);
  });
});
