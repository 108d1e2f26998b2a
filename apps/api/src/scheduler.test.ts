import { createArticle } from "@sahifa/db/desk/articles";
import { schedulePublication } from "@sahifa/db/desk/scheduling";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScheduler } from "./scheduler.ts";
import { createTestApp } from "./testing/test-app.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
const purged: string[][] = [];
beforeAll(async () => {
  t = await createTestApp({
    app: { purgeClient: { purge: async (keys) => (purged.push([...keys]), []) } },
  });
});
afterAll(() => t?.close());

describe("startScheduler", () => {
  it("publishes due items on its clock, two schedulers sharing the database publishing each once", async () => {
    let clock = new Date("2026-12-07T10:00:00Z");
    const keys = [];
    for (const [locale, title] of [
      ["ar", "افتتاح جسر الميناء الجديد"],
      ["es", "Abre el nuevo puente del puerto"],
      ["en", "The new harbour bridge opens"],
    ] as const) {
      const created = await createArticle(
        t.db,
        {
          kind: "news",
          sectionPath: "news",
          originalLocale: locale,
          content: { title, summary: title, body: [{ type: "paragraph", content: [{ text: title }] }] },
        },
        null,
      );
      if (created.kind !== "created") throw new Error(JSON.stringify(created));
      const key = { articleId: created.translation.articleId, locale };
      await schedulePublication(t.db, key, new Date("2026-12-07T10:30:00Z"), null, clock);
      keys.push(key);
    }
    const options = { db: t.db, intervalMs: 60_000, now: () => clock, readerCache: t.readerCache };
    const a = startScheduler(options);
    const b = startScheduler(options);
    expect(await a.runOnce()).toEqual([]);
    clock = new Date("2026-12-07T10:30:00Z");
    const [fromA, fromB] = await Promise.all([a.runOnce(), b.runOnce()]);
    expect([...fromA, ...fromB].map((p) => p.key).sort((x, y) => x.articleId - y.articleId)).toEqual(keys);
    // Each publication purged its article's keys once, in its own edition, after it committed.
    expect(purged.map((batch) => batch.find((key) => key.startsWith("article-"))).sort()).toEqual(
      keys.map((key) => `article-${key.articleId}`).sort(),
    );
    for (const [i, key] of keys.entries()) {
      const batch = purged.find((keysOfOne) => keysOfOne.includes(`article-${key.articleId}`));
      expect(batch, `publication ${i}`).toContain(`front-${key.locale}`);
    }
    await Promise.all([a.stop(), b.stop()]);
    const statuses = await t.db
      .selectFrom("translations")
      .select("status")
      .where(
        "article_id",
        "in",
        keys.map((k) => k.articleId),
      )
      .execute();
    expect(statuses.map((s) => s.status)).toEqual(["published", "published", "published"]);
  });
});
