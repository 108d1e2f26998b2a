import { describe, expect, it } from "vitest";
import { existingTagFor, newTagsOf, readFactsForm } from "./article-facts.ts";

const tags = [
  {
    slug: "climate-change",
    label: "Climate change",
    labels: ["Climate change", "تغير المناخ", "Cambio climático"],
  },
  { slug: "elections", label: "Elections", labels: ["Elections", "الانتخابات", "Elecciones"] },
];

describe("readFactsForm", () => {
  it("reads every fact, drops blanks and repeats, and keeps the order of tags and authors", () => {
    const form = new FormData();
    form.set("kind", "opinion");
    form.set("sectionPath", "news/politics");
    form.set("regionSlug", "mena");
    form.set("dossierSlug", "");
    for (const slug of ["elections", "climate-change", "elections", " "]) form.append("tagSlugs", slug);
    for (const slug of ["lina-haddad", "omar-aziz"]) form.append("authorSlugs", slug);
    form.set("sourceName", "  Agencies ");
    form.set("leadMediaId", "12");
    form.set("newTags", "Harbour works\n\nharbour-works\nميناء");
    expect(readFactsForm(form)).toEqual({
      facts: {
        kind: "opinion",
        sectionPath: "news/politics",
        regionSlug: "mena",
        dossierSlug: null,
        tagSlugs: ["elections", "climate-change"],
        authorSlugs: ["lina-haddad", "omar-aziz"],
        sourceName: "Agencies",
        leadMediaId: 12,
      },
      newTags: [
        { label: "Harbour works", slug: "harbour-works" },
        { label: "ميناء", slug: "ميناء" },
      ],
    });
  });

  it("refuses an unknown kind and a lead media id that is not a positive number", () => {
    const form = new FormData();
    form.set("kind", "<script>");
    form.set("leadMediaId", "-3");
    const { facts } = readFactsForm(form);
    expect(facts.kind).toBe("news");
    expect(facts.leadMediaId).toBeNull();
  });
});

describe("existingTagFor", () => {
  it("finds a tag written with other case, accents or hyphens", () => {
    expect(existingTagFor(newTagsOf("climate-Change")[0]!, tags)?.slug).toBe("climate-change");
    expect(existingTagFor(newTagsOf("Cambio climatico")[0]!, tags)?.slug).toBe("climate-change");
  });

  it("finds an Arabic tag written with another alef", () => {
    expect(existingTagFor(newTagsOf("الإنتخابات")[0]!, tags)?.slug).toBe("elections");
  });

  it("lets a new subject through", () => {
    expect(existingTagFor(newTagsOf("Harbour works")[0]!, tags)).toBeNull();
  });
});
