import { describe, expect, it } from "vitest";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { NewTaxonomyItemForm, TaxonomyGaps } from "./TaxonomyForms.tsx";

describe("TaxonomyGaps", () => {
  it("lists what the edition lacks in the desk's language, each with the form that fills it", () => {
    const html = renderDesk(
      "ar",
      <TaxonomyGaps
        ui="ar"
        edition="es"
        refusal={null}
        gaps={[
          { kind: "section", key: "news/politics", missing: ["label"] },
          { kind: "dossier", key: "water-crisis", missing: ["title", "description"] },
          { kind: "author", key: "sara-haddad", missing: ["bio", "role"] },
        ]}
      />,
    );
    expect(html).toContain("ما ينقص في Español");
    expect(html).toContain("العنوان · الوصف");
    // The label is written in the edition's language and direction, whatever the desk's.
    const label = tagsWith(html, 'name="label"');
    expect(label[0]).toContain('lang="es"');
    expect(label[0]).toContain('dir="ltr"');
    // Dossiers take a description; sections do not; an author is fixed on their own page.
    expect(tagsWith(html, 'name="description"')).toHaveLength(1);
    expect(tagsWith(html, 'href="/ar/authors/sara-haddad"')).toHaveLength(1);
  });

  it("says so when nothing is missing", () => {
    expect(renderDesk("en", <TaxonomyGaps ui="en" edition="ar" refusal={null} gaps={[]} />)).toContain(
      "Nothing is missing in العربية.",
    );
  });
});

describe("NewTaxonomyItemForm", () => {
  it("shows a refusal on its own form with what was typed", () => {
    const html = renderDesk(
      "es",
      <NewTaxonomyItemForm
        kind="tag"
        edition="es"
        refusal={{
          form: "new-tag",
          field: "label",
          message:
            "Esta etiqueta ya existe con otra grafía: «Clima» (climate). Úsela en lugar de crear otra.",
          values: { slug: "clima", label: "Clíma" },
        }}
      />,
    );
    expect(html).toContain("Esta etiqueta ya existe con otra grafía");
    expect(tagsWith(html, 'name="label"')[0]).toContain('value="Clíma"');
    expect(tagsWith(html, 'name="label"')[0]).toContain('aria-invalid="true"');
    expect(tagsWith(html, 'name="slug"')[0]).toContain('value="clima"');
  });
});
