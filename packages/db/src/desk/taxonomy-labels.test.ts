import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { seedDeskTaxonomy } from "./desk.fixtures.ts";
import { createTag, setTaxonomyLabel } from "./taxonomy-labels.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDeskTaxonomy(t.db);
});
afterAll(() => t?.close());

describe("taxonomy labels", () => {
  it("sets and replaces labels per locale for sections, regions, tags and dossiers", async () => {
    expect(
      await setTaxonomyLabel(t.db, { kind: "section", key: "news/politics", locale: "ar", label: "سياسة" }),
    ).toMatchObject({
      kind: "label_set",
    });
    await setTaxonomyLabel(t.db, { kind: "section", key: "news/politics", locale: "ar", label: "السياسة" });
    await setTaxonomyLabel(t.db, { kind: "region", key: "europe", locale: "es", label: "Europa" });
    await setTaxonomyLabel(t.db, { kind: "tag", key: "elections", locale: "es", label: "Elecciones" });
    await setTaxonomyLabel(t.db, {
      kind: "dossier",
      key: "river-towns",
      locale: "en",
      label: "River towns",
      description: "Life along the river.",
    });
    await setTaxonomyLabel(t.db, {
      kind: "dossier",
      key: "river-towns",
      locale: "en",
      label: "Towns on the river",
    });

    expect(await t.db.selectFrom("section_labels").select(["locale", "label"]).execute()).toEqual([
      { locale: "ar", label: "السياسة" },
    ]);
    expect(await t.db.selectFrom("region_labels").select("label").execute()).toEqual([{ label: "Europa" }]);
    expect(await t.db.selectFrom("tag_labels").select("label").execute()).toEqual([{ label: "Elecciones" }]);
    expect(await t.db.selectFrom("dossier_labels").select(["title", "description"]).execute()).toEqual([
      { title: "Towns on the river", description: "Life along the river." },
    ]);
  });

  it("refuses unknown keys and empty labels", async () => {
    expect(
      await setTaxonomyLabel(t.db, { kind: "tag", key: "nope", locale: "en", label: "Nope" }),
    ).toMatchObject({ kind: "not_found" });
    expect(
      await setTaxonomyLabel(t.db, { kind: "region", key: "europe", locale: "en", label: "  " }),
    ).toMatchObject({
      kind: "invalid",
      errors: [{ field: "label" }],
    });
  });

  it("creates a tag with a label, once", async () => {
    expect(await createTag(t.db, { slug: "harbours", locale: "en", label: "Harbours" })).toMatchObject({
      kind: "tag_created",
    });
    expect(await createTag(t.db, { slug: "harbours", locale: "en", label: "Harbours" })).toMatchObject({
      kind: "invalid",
    });
    expect(await createTag(t.db, { slug: "Bad Slug", locale: "en", label: "x" })).toMatchObject({
      kind: "invalid",
      errors: [{ field: "slug" }],
    });
  });
});
