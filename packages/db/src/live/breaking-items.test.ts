import { BREAKING_LIMITS } from "@sahifa/domain/live-limits";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBreakingItems } from "../reader/breaking.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { postBreakingItem } from "./breaking-items.ts";

let test: TestDatabase;
const now = new Date("2026-11-24T20:00:00Z");

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test?.close();
});

describe("postBreakingItem", () => {
  it("stores an item that the edition's ticker lists until it expires", async () => {
    const posted = await postBreakingItem(
      test.db,
      { locale: "ar", text: "  عاجل: افتتاح الجسر الجديد  ", attribution: "وكالة", url: "/ar/news" },
      now,
    );
    expect(posted.ok).toBe(true);
    if (!posted.ok) return;
    expect(posted.item).toMatchObject({ locale: "ar", text: "عاجل: افتتاح الجسر الجديد", url: "/ar/news" });
    expect(posted.item.expiresAt.getTime() - now.getTime()).toBe(6 * 3_600_000);
    const ticker = await listBreakingItems(test.db, "ar", now, 10);
    expect(ticker.map((item) => item.id)).toEqual([posted.item.id]);
    expect(await listBreakingItems(test.db, "en", now, 10)).toEqual([]);
    expect(await listBreakingItems(test.db, "ar", new Date(now.getTime() + 7 * 3_600_000), 10)).toEqual([]);
  });

  it.each([
    [{ text: "   " }, "text"],
    [{ text: "x".repeat(281) }, "text"],
    [{ text: "ok", url: "javascript:alert(1)" }, "url"],
    [{ text: "ok", url: "//evil.example" }, "url"],
    [{ text: "ok", expiresAt: new Date(now.getTime() - 1) }, "expiresAt"],
    [{ text: "ok", expiresAt: new Date(now.getTime() + 8 * 86_400_000) }, "expiresAt"],
    [{ text: "ok", articleId: 424_242 }, "articleId"],
  ])("refuses %j (%s)", async (input, field) => {
    const result = await postBreakingItem(test.db, { locale: "en", ...input }, now);
    expect(result).toMatchObject({ ok: false, problem: { code: "INVALID", field } });
  });

  it("refuses exactly past the limits the desk's form is given", async () => {
    const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
    const post = (input: { text: string; attribution?: string; expiresAt?: Date }) =>
      postBreakingItem(test.db, { locale: "es", ...input }, now).then((result) =>
        result.ok ? "ok" : result.problem.field,
      );
    const latest = days(BREAKING_LIMITS.maxTtlDays);
    expect(await post({ text: "ñ".repeat(BREAKING_LIMITS.text), expiresAt: latest })).toBe("ok");
    expect(await post({ text: "ñ".repeat(BREAKING_LIMITS.text + 1) })).toBe("text");
    expect(await post({ text: "Corte de luz", attribution: "a".repeat(BREAKING_LIMITS.attribution) })).toBe(
      "ok",
    );
    expect(
      await post({ text: "Corte de luz", attribution: "a".repeat(BREAKING_LIMITS.attribution + 1) }),
    ).toBe("attribution");
    expect(await post({ text: "Corte de luz", expiresAt: new Date(latest.getTime() + 1) })).toBe("expiresAt");
  });
});
