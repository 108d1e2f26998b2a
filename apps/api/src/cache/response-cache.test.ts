import type { ExecutionResult } from "graphql";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVELOPMENT_PREVIEW_SECRET } from "../env.ts";
import { signPreviewToken } from "../preview/preview-token.ts";
import {
  contentInput,
  createDeskTestApp,
  type DeskTestApp,
  SAVE,
  transition,
} from "../schema/desk/desk.test-app.ts";
import { FIXTURE_NOW, idOf, titleOf } from "../testing/newsroom-fixture.ts";
import { createApp } from "../yoga.ts";
import {
  createResponseCacheStore,
  inMemoryResponseCacheStore,
  type ResponseCacheStore,
} from "./response-cache.ts";

/**
 * The response cache keeps public answers and replays them; the desk's writes drop the ones
 * they changed; nothing private (desk reads, signed-in requests, previews) is ever kept, so no
 * draft, in-review or archived text can come out of it.
 */

const inner = inMemoryResponseCacheStore();
/** Every answer the cache kept, as JSON, and how many requests it answered. */
const kept: string[] = [];
let hits = 0;
const store: ResponseCacheStore = {
  ...inner,
  cache: {
    get: async (id) => {
      const found = await inner.cache.get(id);
      if (found) hits++;
      return found;
    },
    set: (id, data: ExecutionResult, entities, ttl) => {
      kept.push(JSON.stringify(data));
      return inner.cache.set(id, data, entities, ttl);
    },
    invalidate: (entities) => inner.cache.invalidate(entities),
  },
};

let desk: DeskTestApp;
beforeAll(async () => {
  desk = await createDeskTestApp({ app: { responseCache: store } });
});
afterAll(() => desk?.close());

const TITLE = /* GraphQL */ `
  query ($id: ID!, $locale: Locale!) { article(id: $id, locale: $locale) { id title } }
`;
const HEAD = /* GraphQL */ `
  query ($id: ID!, $locale: Locale!) { deskTranslation(articleId: $id, locale: $locale) { head { id title } } }
`;

async function anonymous(id: number, locale = "en", method: "GET" | "POST" = "POST") {
  const variables = { id: String(id), locale };
  const response =
    method === "GET"
      ? await desk.app.fetch(
          `http://test/graphql?query=${encodeURIComponent(TITLE)}&variables=${encodeURIComponent(JSON.stringify(variables))}`,
          { headers: { "x-graphql-yoga-csrf": "1" } },
        )
      : await desk.app.fetch("http://test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: TITLE, variables }),
        });
  const body = (await response.json()) as { data: { article: { title: string } | null } };
  return { headers: response.headers, title: body.data.article?.title ?? null };
}

async function saveAndPublish(id: number, locale: "en" | "ar", title: string, on: DeskTestApp = desk) {
  const editor = on.as(locale === "en" ? "editorEn" : "editorAr");
  const head = await editor(HEAD, { id, locale });
  const saved = await editor(SAVE, {
    articleId: id,
    locale,
    basedOn: head.data?.deskTranslation.head.id,
    content: contentInput(title, "The quay reopened."),
  });
  expect(saved.data?.saveTranslation.__typename).toBe("TranslationSaved");
  const published = await editor(transition("publish"), { articleId: id, locale });
  expect(published.data?.publishTranslation.__typename).toBe("TranslationStatusChanged");
}

describe("public answers", () => {
  it("are replayed with their HTTP headers until a publication in their edition drops them", async () => {
    const first = await anonymous(idOf(3));
    const before = hits;
    const again = await anonymous(idOf(3), "en", "GET");
    expect(hits).toBe(before + 1);
    expect(again.title).toBe(first.title);
    expect(again.headers.get("cache-control")).toBe("public, max-age=30, stale-while-revalidate=60");
    expect(again.headers.get("content-language")).toBe("en");
    expect(again.headers.get("etag")).toMatch(/^"[\w-]{32}"$/);

    await saveAndPublish(idOf(3), "en", "Harbour town story three, corrected");
    expect((await anonymous(idOf(3))).title).toBe("Harbour town story three, corrected");
  });

  it("in another edition survive a publication in this one; a new article's edition lists do not", async () => {
    const arabic = await anonymous(idOf(4), "ar");
    const before = hits;
    await saveAndPublish(idOf(6), "en", "Harbour town story six, updated");
    expect(await anonymous(idOf(4), "ar")).toMatchObject({ title: arabic.title });
    expect(hits).toBe(before + 1);

    const LATEST = `query { articles(locale: en, first: 1) { edges { node { title } } } }`;
    await desk.query(LATEST);
    await saveAndPublish(idOf(8), "en", "Harbour town story eight, the newest");
    const latest = await desk.query(LATEST);
    expect(latest.data?.articles.edges[0].node.title).toBe("Harbour town story eight, the newest");
  });
});

describe("no draft, in-review or archived text comes from the cache", () => {
  const DRAFT_TITLE = "Draft title nobody outside the desk may read";

  it("desk reads are never kept nor replayed", async () => {
    const editor = desk.as("editorEn");
    const head = await editor(HEAD, { id: idOf(9), locale: "en" });
    await editor(SAVE, {
      articleId: idOf(9),
      locale: "en",
      basedOn: head.data?.deskTranslation.head.id,
      content: contentInput(DRAFT_TITLE, "Not yet."),
    });
    const before = hits;
    expect((await editor(HEAD, { id: idOf(9), locale: "en" })).data?.deskTranslation.head.title).toBe(
      DRAFT_TITLE,
    );
    expect((await editor(HEAD, { id: idOf(9), locale: "en" })).data?.deskTranslation.head.title).toBe(
      DRAFT_TITLE,
    );
    // The same document without a session: not the editor's answer.
    expect(
      (await desk.query(HEAD, { id: idOf(9), locale: "en" })).data?.deskTranslation?.head ?? null,
    ).toBeNull();
    expect(hits).toBe(before);
    // Readers still see the published title, and nothing kept holds the draft.
    expect((await anonymous(idOf(9))).title).toBe(titleOf("en", 9));
    expect(kept.some((answer) => answer.includes(DRAFT_TITLE))).toBe(false);
  });

  it("mutations are never kept nor replayed, whoever sends them", async () => {
    const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }`;
    const before = { hits, kept: kept.length };
    for (let i = 0; i < 2; i++)
      await desk.query(SIGN_IN, { email: "nobody@desk.test", password: "not-this-one" });
    expect({ hits, kept: kept.length }).toEqual(before);
  });

  it("signed-in requests are never kept nor replayed", async () => {
    await anonymous(idOf(10));
    const before = { hits, kept: kept.length };
    const signedIn = await desk.as("editorEn")(TITLE, { id: String(idOf(10)), locale: "en" });
    expect(signedIn.data?.article.title).toBe(titleOf("en", 10));
    expect({ hits, kept: kept.length }).toEqual(before);
  });

  it("previews are never kept, though asked without a session", async () => {
    const head = await desk.as("editorEn")(HEAD, { id: idOf(9), locale: "en" });
    const { token } = signPreviewToken(
      { articleId: idOf(9), locale: "en", revisionId: Number(head.data?.deskTranslation.head.id) },
      new Date(),
      DEVELOPMENT_PREVIEW_SECRET,
    );
    const PREVIEW = `query ($token: String!) { articlePreview(token: $token) { title } }`;
    const before = { hits, kept: kept.length };
    for (let i = 0; i < 2; i++) {
      expect((await desk.query(PREVIEW, { token })).data?.articlePreview.title).toBe(DRAFT_TITLE);
    }
    expect({ hits, kept: kept.length }).toEqual(before);
  });

  it("drafts, reviews and archives answer null to readers, and withdrawing drops the kept published text", async () => {
    // Fixture: article 1 has a Spanish draft and an Arabic translation in review, article 5 an Arabic archive.
    for (const [n, locale] of [
      [1, "es"],
      [1, "ar"],
      [5, "ar"],
    ] as const) {
      expect((await anonymous(idOf(n), locale)).title).toBeNull();
      expect(kept.some((answer) => answer.includes(titleOf(locale, n)))).toBe(false);
    }
    expect((await anonymous(idOf(11))).title).toBe(titleOf("en", 11));
    const archived = await desk.as("editorEn")(transition("archive"), { articleId: idOf(11), locale: "en" });
    expect(archived.data?.archiveTranslation.__typename).toBe("TranslationStatusChanged");
    expect((await anonymous(idOf(11))).title).toBeNull();
  });
});

describe("several instances", () => {
  it("share kept answers through Redis, and a publication on one drops them for all", async () => {
    const redisPrefix = `sahifa-test:${process.pid}:${Date.now()}:`;
    const shared = await createResponseCacheStore({ redisUrl: "redis://127.0.0.1:6379", redisPrefix });
    const other = await createResponseCacheStore({ redisUrl: "redis://127.0.0.1:6379", redisPrefix });
    const a = await createDeskTestApp({ app: { responseCache: shared } });
    const b = { ...a, app: createApp({ db: a.db, now: () => FIXTURE_NOW, responseCache: other }) };
    try {
      const ask = async (app: typeof a.app) => {
        const response = await app.fetch("http://test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: TITLE, variables: { id: String(idOf(12)), locale: "en" } }),
        });
        return ((await response.json()) as { data: { article: { title: string } } }).data.article.title;
      };
      expect(await ask(a.app)).toBe(titleOf("en", 12));
      expect(await other.cache.get("missing")).toBeFalsy();
      expect(await ask(b.app)).toBe(titleOf("en", 12));

      await saveAndPublish(idOf(12), "en", "Harbour town story twelve, corrected on one instance", a);
      // Instance b never heard of the publication itself: Redis dropped the answer for both.
      expect(await ask(b.app)).toBe("Harbour town story twelve, corrected on one instance");
    } finally {
      await other.close();
      await a.close();
      const redis = new Redis("redis://127.0.0.1:6379");
      const keys = await redis.keys(`${redisPrefix}*`);
      if (keys.length > 0) await redis.del(keys);
      await redis.quit();
    }
  });
});
