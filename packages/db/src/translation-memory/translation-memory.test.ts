import type { BodyBlock } from "@sahifa/domain/blocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTranslation } from "../desk/articles.ts";
import { content, makeArticle, makeUser, seedDeskTaxonomy } from "../desk/desk.fixtures.ts";
import { saveTranslation } from "../desk/revisions.ts";
import { transitionTranslation } from "../desk/translation-workflow.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { findMemoryMatches, memorySegments, recordSegments } from "./translation-memory.ts";

let t: TestDatabase;
let userId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDeskTaxonomy(t.db);
  userId = (await makeUser(t.db, "editor", ["en", "es", "ar"])).id;
});
afterAll(() => t?.close());

function p(text: string, marks?: Array<"bold" | "italic">): BodyBlock {
  return { type: "paragraph", content: [{ text, ...(marks ? { marks } : {}) }] };
}

describe("translation memory", () => {
  it("is fed by publishing a translation, and returns exact and fuzzy matches with marks", async () => {
    const english = [
      "The central bank raised interest rates by half a point on Thursday.",
      "Markets in the region fell sharply after the announcement.",
    ];
    const { articleId } = await makeArticle(t.db, "en", "Rates rise", english);
    await transitionTranslation(t.db, { articleId, locale: "en" }, "publish");
    const es = await addTranslation(t.db, { articleId, locale: "es", fillFromSource: true }, userId);
    if (es.kind !== "created") throw new Error(es.kind);
    const body: BodyBlock[] = [
      {
        type: "paragraph",
        content: [
          { text: "El banco central subió los tipos de interés " },
          { text: "medio punto", marks: ["bold"] },
          { text: " el jueves." },
        ],
      },
      // Left in English: never remembered.
      p(english[1] ?? ""),
    ];
    const saved = await saveTranslation(
      t.db,
      {
        articleId,
        locale: "es",
        basedOnRevisionId: es.revision.id,
        content: { ...content("Suben los tipos", []), body },
      },
      userId,
    );
    expect(saved.kind).toBe("saved");
    await transitionTranslation(t.db, { articleId, locale: "es" }, "publish", {
      overrideNote: "Second paragraph follows.",
    });

    const pair = { sourceLocale: "en", targetLocale: "es" } as const;
    const exact = await findMemoryMatches(t.db, pair, english[0] ?? "");
    expect(exact[0]).toMatchObject({ percent: 100, kind: "exact", target: body[0], articleId });
    const fuzzy = await findMemoryMatches(
      t.db,
      pair,
      "The central bank raised interest rates by a quarter point on Friday.",
    );
    expect(fuzzy[0]).toMatchObject({ kind: "fuzzy", target: body[0] });
    expect(fuzzy[0]?.percent).toBeGreaterThan(50);
    expect(fuzzy[0]?.percent).toBeLessThan(100);
    expect(await findMemoryMatches(t.db, pair, english[1] ?? "")).toEqual([]);
    // Another pair sees nothing of it.
    expect(
      await findMemoryMatches(t.db, { sourceLocale: "en", targetLocale: "ar" }, english[0] ?? ""),
    ).toEqual([]);
  });

  it("matches Arabic sources through the search normalisation (hamza, taa marbuta, diacritics)", async () => {
    const pair = { sourceLocale: "ar", targetLocale: "en" } as const;
    const target = p("The government announced a new plan for the elections.");
    await recordSegments(t.db, pair, [{ sourceText: "أعلنت الحكومةُ خطة جديدة للانتخابات", target }], {
      articleId: null,
      targetRevisionId: null,
    });
    const [match] = await findMemoryMatches(t.db, pair, "اعلنت الحكومه خطة جديدة للانتخابات");
    expect(match).toMatchObject({ percent: 100, kind: "exact", target });
    const [near] = await findMemoryMatches(t.db, pair, "أعلنت الحكومة خطة جديدة للانتخابات البلدية");
    expect(near?.kind).toBe("fuzzy");
  });

  it("remembers only aligned, translated prose blocks", () => {
    const source: BodyBlock[] = [
      p("One two three four five."),
      { type: "image", mediaId: 1, caption: "A caption here" },
      p("Six seven eight nine ten."),
    ];
    const target: BodyBlock[] = [
      p("Uno dos tres cuatro cinco."),
      { type: "image", mediaId: 1, caption: "Un pie de foto" },
      p("Six seven eight nine ten."),
    ];
    expect(memorySegments(source, target, "es")).toEqual([
      { sourceText: "One two three four five.", target: target[0] },
    ]);
  });
});
