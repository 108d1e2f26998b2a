import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idOf } from "../testing/newsroom-fixture.ts";
import { createTestApp } from "../testing/test-app.ts";

let app: Awaited<ReturnType<typeof createTestApp>>;
const BROWSER =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

const beacon = (body: string, userAgent = BROWSER, method = "POST") =>
  app.app.fetch("http://test/views", {
    method,
    headers: { "content-type": "text/plain;charset=UTF-8", "user-agent": userAgent },
    ...(method === "POST" ? { body } : {}),
  });

async function todaysViews(articleId: number, locale: string): Promise<number> {
  const row = await app.db
    .selectFrom("article_views_daily")
    .select("views")
    .where("article_id", "=", articleId)
    .where("locale", "=", locale as "en")
    .where(sql<boolean>`day = (now() at time zone 'utc')::date`)
    .executeTakeFirst();
  return row?.views ?? 0;
}

describe("POST /views", () => {
  it("counts a reader's view, without cookies, and not a bot's", async () => {
    const id = idOf(2);
    const before = await todaysViews(id, "ar");
    const response = await beacon(JSON.stringify({ articleId: id, locale: "ar" }));
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toBeNull();
    await beacon(JSON.stringify({ articleId: String(id), locale: "ar" }), `${BROWSER} Edg/131.0`);
    expect(await todaysViews(id, "ar")).toBe(before + 2);

    for (const bot of ["Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", ""]) {
      expect((await beacon(JSON.stringify({ articleId: id, locale: "ar" }), bot)).status).toBe(204);
    }
    expect(await todaysViews(id, "ar")).toBe(before + 2);
  });

  it("ignores editions that do not publish the article", async () => {
    // Article 1 is only in review in Arabic.
    expect((await beacon(JSON.stringify({ articleId: idOf(1), locale: "ar" }))).status).toBe(204);
    expect(await todaysViews(idOf(1), "ar")).toBe(0);
  });

  it("refuses malformed beacons and other methods", async () => {
    for (const body of [
      "",
      "nope",
      "{}",
      '{"articleId": -1, "locale": "en"}',
      '{"articleId": 1, "locale": "fr"}',
      "x".repeat(300),
    ]) {
      expect((await beacon(body)).status, body).toBe(400);
    }
    expect((await beacon("", BROWSER, "GET")).status).toBe(405);
  });
});
