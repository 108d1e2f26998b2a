import type { BreakingItem } from "@sahifa/db/reader/breaking";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishBreaking } from "./pubsub.ts";
import { FIXTURE_NOW, idOf, titleOf } from "./testing/newsroom-fixture.ts";
import { subscribeSse } from "./testing/sse-client.ts";
import { createTestApp } from "./testing/test-app.ts";

/**
 * Readers of one edition share each item's execution (subscription-fanout.ts):
 * sharing must never hand one reader what another asked for, nor drop,
 * repeat or reorder items.
 */

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const fetch = (url: string, init: RequestInit) => t.app.fetch(url, init);
const URL = "http://test/graphql";

function item(id: number, text: string, articleId: number | null = null): BreakingItem {
  return {
    id,
    locale: "ar",
    text,
    attribution: id % 2 === 0 ? "وكالة الأنباء" : null,
    url: null,
    articleId,
    createdAt: FIXTURE_NOW,
    expiresAt: new Date(FIXTURE_NOW.getTime() + 3_600_000),
  };
}

describe("breaking news fan-out", () => {
  it("gives each reader every item once, in order, with the fields that reader asked for", async () => {
    type Short = { breakingNews: { id: string; text: string } };
    type Long = {
      breakingNews: { id: string; attribution: string | null; article: { title: string } | null };
    };
    const short = "subscription { breakingNews(locale: ar) { id text } }";
    const long = "subscription { breakingNews(locale: ar) { id attribution article { title } } }";
    const readers = [
      subscribeSse<Short>(fetch, URL, short),
      subscribeSse<Short>(fetch, URL, short),
      subscribeSse<Long>(fetch, URL, long),
      // No locale argument: the edition comes from Accept-Language.
      subscribeSse<Short>(
        fetch,
        URL,
        "subscription { breakingNews { id text } }",
        {},
        { "accept-language": "ar" },
      ),
    ] as const;
    await Promise.all(readers.map((reader) => reader.opened));

    // Published back to back, before any reader has taken the first.
    const items = [
      item(901, "عاجل: انقطاع الكهرباء في الميناء"),
      item(902, "عاجل: عودة التيار إلى الأحياء الشرقية", idOf(2)),
      item(903, "عاجل: البلدية تعقد مؤتمرا صحفيا عند الخامسة"),
    ];
    for (const breaking of items) publishBreaking(t.pubsub, breaking);

    const shortEvents = items.map((i) => ({ breakingNews: { id: String(i.id), text: i.text } }));
    for (const reader of [readers[0], readers[1], readers[3]]) {
      for (const _ of items) await reader.next();
      expect(reader.received).toEqual(shortEvents);
    }
    for (const _ of items) await readers[2].next();
    expect(readers[2].received).toEqual([
      { breakingNews: { id: "901", attribution: null, article: null } },
      { breakingNews: { id: "902", attribution: "وكالة الأنباء", article: { title: titleOf("ar", 2) } } },
      { breakingNews: { id: "903", attribution: null, article: null } },
    ]);

    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readers.map((reader) => reader.received.length)).toEqual([3, 3, 3, 3]);
    for (const reader of readers) reader.close();
  });

  it("answers a subscription the server refuses as before, with its error", async () => {
    const response = await fetch(URL, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: 'subscription { liveUpdates(articleId: "nope", locale: ar) { id } }' }),
    });
    const text = await response.text();
    expect(text).toContain("event: next");
    expect(text).toContain("Unknown article id.");
    expect(text).toContain("event: complete");
  });
});
