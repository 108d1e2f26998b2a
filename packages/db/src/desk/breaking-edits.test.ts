import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postBreakingItem } from "../live/breaking-items.ts";
import { listBreakingItems } from "../reader/breaking.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { editBreakingItem, expireBreakingItem } from "./breaking-edits.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const now = new Date("2026-11-24T10:00:00Z");

async function post(text: string) {
  const posted = await postBreakingItem(t.db, { locale: "es", text }, now);
  if (!posted.ok) throw new Error(posted.problem.message);
  return posted.item;
}

describe("breaking item edits", () => {
  it("edits text and link with the posting rules, keeping the expiry unless given", async () => {
    const item = await post("Corte de tráfico en el puerto");
    const edited = await editBreakingItem(
      t.db,
      item.id,
      { text: " Tráfico restablecido en el puerto ", url: "/es/news" },
      now,
    );
    expect(edited).toMatchObject({
      ok: true,
      item: { text: "Tráfico restablecido en el puerto", url: "/es/news", expiresAt: item.expiresAt },
    });
    expect(
      await editBreakingItem(t.db, item.id, { text: "x", url: "javascript:alert(1)" }, now),
    ).toMatchObject({
      ok: false,
      problem: { field: "url" },
    });
    expect(await editBreakingItem(t.db, item.id, { text: "" }, now)).toMatchObject({
      ok: false,
      problem: { field: "text" },
    });
    expect(await editBreakingItem(t.db, 999_999, { text: "x" }, now)).toMatchObject({
      ok: false,
      problem: { code: "NOT_FOUND" },
    });
  });

  it("expires an item: it leaves the ticker at once", async () => {
    const item = await post("Aviso de tormenta");
    expect((await listBreakingItems(t.db, "es", now, 10)).map((i) => i.id)).toContain(item.id);
    const expired = await expireBreakingItem(t.db, item.id, now);
    expect(expired?.expiresAt.getTime()).toBe(now.getTime());
    expect((await listBreakingItems(t.db, "es", now, 10)).map((i) => i.id)).not.toContain(item.id);
    expect(await expireBreakingItem(t.db, 999_999, now)).toBeUndefined();
  });
});
