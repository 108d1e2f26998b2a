import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTranslation } from "../desk/articles.ts";
import { content, makeArticle, makeUser, seedDeskTaxonomy } from "../desk/desk.fixtures.ts";
import { saveTranslation } from "../desk/revisions.ts";
import { listTranslationEvents, transitionTranslation } from "../desk/translation-workflow.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { deleteGlossaryTerm, importGlossaryTerms, listGlossary, saveGlossaryTerm } from "./glossary.ts";
import { glossaryIssuesOfHead } from "./glossary-check.ts";

let t: TestDatabase;
let userId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDeskTaxonomy(t.db);
  userId = (await makeUser(t.db, "editor", ["en", "es", "ar"])).id;
});
afterAll(() => t?.close());

const enAr = { sourceLocale: "en", targetLocale: "ar" } as const;
const enEs = { sourceLocale: "en", targetLocale: "es" } as const;

describe("glossary terms", () => {
  it("saves, lists by pair, refuses the same term in another spelling, edits and deletes", async () => {
    const saved = await saveGlossaryTerm(
      t.db,
      enEs,
      { kind: "place", source: "Malaga", approved: "Málaga", forbidden: ["Malaca"] },
      userId,
    );
    if (saved.kind !== "glossary_saved") throw new Error(JSON.stringify(saved));
    expect(saved.term).toMatchObject({ source: "Malaga", approved: "Málaga", forbidden: ["Malaca"] });
    // The same source term, capitalised otherwise: one entry per term and pair.
    const again = await saveGlossaryTerm(t.db, enEs, { source: "MALAGA", approved: "Málaga" }, userId);
    expect(again).toMatchObject({ kind: "invalid", errors: [{ field: "source", code: "term_exists" }] });
    // Another pair has a glossary of its own.
    expect(await listGlossary(t.db, enAr)).toEqual([]);
    const edited = await saveGlossaryTerm(
      t.db,
      enEs,
      { id: saved.term.id, kind: "place", source: "Malaga", approved: "Málaga", note: "Ciudad andaluza." },
      userId,
    );
    expect(edited).toMatchObject({
      kind: "glossary_saved",
      term: { forbidden: [], note: "Ciudad andaluza." },
    });
    expect((await listGlossary(t.db, enEs, { search: "málaga" })).map((term) => term.id)).toEqual([
      saved.term.id,
    ]);
    expect(await deleteGlossaryTerm(t.db, enAr, saved.term.id)).toMatchObject({ kind: "not_found" });
    expect(await deleteGlossaryTerm(t.db, enEs, saved.term.id)).toEqual({
      kind: "glossary_deleted",
      id: saved.term.id,
    });
    expect(await listGlossary(t.db, enEs)).toEqual([]);
  });

  it("imports good rows, updates known terms, and lists the bad rows with their reasons", async () => {
    await saveGlossaryTerm(t.db, enAr, { kind: "place", source: "Gaza", approved: "غزه" }, userId);
    const result = await importGlossaryTerms(
      t.db,
      enAr,
      [
        { row: 2, input: { kind: "place", source: "Gaza", approved: "غزة" } },
        { row: 3, input: { kind: "organisation", source: "United Nations", approved: "الأمم المتحدة" } },
        { row: 4, input: { kind: "planet", source: "Mars", approved: "المريخ" } },
        { row: 5, input: { source: "united nations", approved: "هيئة الأمم" } },
        { row: 6, input: { source: "", approved: "فارغ" } },
      ],
      userId,
    );
    expect(result).toMatchObject({ kind: "glossary_imported", added: 1, updated: 1 });
    if (result.kind !== "glossary_imported") return;
    expect(result.rejected.map((row) => [row.row, row.errors.map((error) => error.code)])).toEqual([
      [4, ["not_allowed_value"]],
      [5, ["duplicate"]],
      [6, ["required"]],
    ]);
    const terms = await listGlossary(t.db, enAr);
    expect(terms.map((term) => [term.source, term.approved])).toEqual([
      ["Gaza", "غزة"],
      ["United Nations", "الأمم المتحدة"],
    ]);
  });
});

describe("the glossary check at submit and publish", () => {
  it("refuses a submit that misses an approved term, lets it through with a note, and keeps the warnings in the history", async () => {
    const { articleId } = await makeArticle(t.db, "en", "Aid reaches Gaza", [
      "United Nations trucks reached Gaza on Monday morning.",
    ]);
    await transitionTranslation(t.db, { articleId, locale: "en" }, "publish");
    const ar = await addTranslation(t.db, { articleId, locale: "ar", fillFromSource: true }, userId);
    if (ar.kind !== "created") throw new Error(ar.kind);
    const saved = await saveTranslation(
      t.db,
      {
        articleId,
        locale: "ar",
        basedOnRevisionId: ar.revision.id,
        content: {
          ...content("وصول المساعدات", ["وصلت شاحنات هيئة الأمم إلى غزة صباح الاثنين."]),
          slug: "aid",
        },
      },
      userId,
    );
    if (saved.kind !== "saved") throw new Error(saved.kind);
    const issues = await glossaryIssuesOfHead(t.db, { locale: "ar", headRevisionId: saved.revision.id });
    expect(issues).toEqual([
      expect.objectContaining({ blockIndex: 0, kind: "missing_approved", source: "United Nations" }),
    ]);

    const refused = await transitionTranslation(t.db, { articleId, locale: "ar" }, "submit", { userId });
    expect(refused).toMatchObject({ kind: "untranslated", blocks: [], glossaryIssues: issues });
    expect(await listTranslationEvents(t.db, { articleId, locale: "ar" })).toEqual([]);

    const submitted = await transitionTranslation(t.db, { articleId, locale: "ar" }, "submit", {
      userId,
      overrideNote: "The agency's own name for the UN is used in this quote.",
    });
    expect(submitted.kind).toBe("transitioned");
    const [event] = await listTranslationEvents(t.db, { articleId, locale: "ar" });
    expect(event).toMatchObject({
      action: "submit",
      note: "The agency's own name for the UN is used in this quote.",
      overriddenTerms: issues,
    });
  });
});
