import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADD_TRANSLATION,
  CREATE_ARTICLE,
  contentInput,
  createDeskTestApp,
  type DeskTestApp,
  transition,
} from "./desk.test-app.ts";

/** Editors keep a language pair's glossary; translators see its terms and its warnings at submit. */

let app: DeskTestApp;
beforeAll(async () => {
  app = await createDeskTestApp();
});
afterAll(() => app?.close());

const SAVE_TERM = /* GraphQL */ `
  mutation ($source: Locale!, $target: Locale!, $term: GlossaryTermInput!) {
    saveGlossaryTerm(sourceLocale: $source, targetLocale: $target, term: $term) {
      __typename
      ... on GlossaryTermSaved { term { id source approved forbidden kind } }
      ... on ValidationError { problems { field code message } }
      ... on DeskError { code message }
    }
  }
`;

const IMPORT = /* GraphQL */ `
  mutation ($source: Locale!, $target: Locale!, $format: GlossaryFormat!, $content: String!) {
    importGlossary(sourceLocale: $source, targetLocale: $target, format: $format, content: $content) {
      __typename
      ... on GlossaryImported { added updated rejected { row source message problems { code } } }
      ... on GlossaryFileRefused { code message }
      ... on DeskError { code message }
    }
  }
`;

const LIST = /* GraphQL */ `
  query ($source: Locale!, $target: Locale!, $search: String) {
    glossary(sourceLocale: $source, targetLocale: $target, search: $search) { source approved }
  }
`;

describe("glossary over GraphQL", () => {
  it("lets the target edition's editors add terms, refuses translators and other editions", async () => {
    const term = { kind: "place", source: "Gaza", approved: "غزة", forbidden: ["غزه ستريب"] };
    const saved = (await app.as("editorAr")(SAVE_TERM, { source: "en", target: "ar", term })).data
      ?.saveGlossaryTerm;
    expect(saved).toMatchObject({
      __typename: "GlossaryTermSaved",
      term: { source: "Gaza", approved: "غزة" },
    });
    const translator = (await app.as("translatorEnToAr")(SAVE_TERM, { source: "en", target: "ar", term }))
      .data?.saveGlossaryTerm;
    expect(translator).toMatchObject({ __typename: "Forbidden", code: "FORBIDDEN" });
    const otherEdition = (await app.as("editorEs")(SAVE_TERM, { source: "en", target: "ar", term })).data
      ?.saveGlossaryTerm;
    expect(otherEdition).toMatchObject({ __typename: "Forbidden" });
    const again = (
      await app.as("editorAr", { "accept-language": "ar" })(SAVE_TERM, {
        source: "en",
        target: "ar",
        term: { source: "GAZA", approved: "غزة" },
      })
    ).data?.saveGlossaryTerm;
    expect(again).toMatchObject({
      __typename: "ValidationError",
      problems: [{ field: "source", code: "term_exists" }],
    });
    expect(again.problems[0].message).toContain("مسرد");
    // Any desk user reads it.
    const listed = (await app.as("translatorEnToAr")(LIST, { source: "en", target: "ar" })).data?.glossary;
    expect(listed).toEqual([{ source: "Gaza", approved: "غزة" }]);
  });

  it("imports a CSV's good rows and lists the bad ones, in the desk's language", async () => {
    const csv =
      "source,approved,kind\nUnited Nations,الأمم المتحدة,organisation\nMars,المريخ,planet\n,فارغ,place\n";
    const result = (
      await app.as("editorAr", { "accept-language": "es" })(IMPORT, {
        source: "en",
        target: "ar",
        format: "CSV",
        content: csv,
      })
    ).data?.importGlossary;
    expect(result).toMatchObject({ __typename: "GlossaryImported", added: 1, updated: 0 });
    expect(result.rejected.map((row: { row: number }) => row.row)).toEqual([3, 4]);
    expect(result.rejected[1].message).toBe("El término es obligatorio.");
  });

  it("refuses a TBX with an external entity, and malformed XML, storing nothing", async () => {
    const before = (await app.as("editorAr")(LIST, { source: "en", target: "ar" })).data?.glossary.length;
    const xxe = `<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]><martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&x;</term></tig></langSet><langSet xml:lang="ar"><tig><term>س</term></tig></langSet></termEntry></body></text></martif>`;
    const refused = (
      await app.as("editorAr", { "accept-language": "ar" })(IMPORT, {
        source: "en",
        target: "ar",
        format: "TBX",
        content: xxe,
      })
    ).data?.importGlossary;
    expect(refused).toMatchObject({ __typename: "GlossaryFileRefused", code: "doctype" });
    expect(refused.message).toContain("DOCTYPE");
    const malformed = (
      await app.as("editorAr")(IMPORT, {
        source: "en",
        target: "ar",
        format: "TBX",
        content: "<martif><text>",
      })
    ).data?.importGlossary;
    expect(malformed).toMatchObject({ __typename: "GlossaryFileRefused", code: "malformedAt" });
    expect((await app.as("editorAr")(LIST, { source: "en", target: "ar" })).data?.glossary.length).toBe(
      before,
    );
  });

  it("shows a translation's terms and warnings, and refuses its submit until a note lets them through", async () => {
    const created = (
      await app.as("editorEn")(CREATE_ARTICLE, {
        locale: "en",
        section: "news",
        content: contentInput("Aid convoy", "A United Nations convoy entered Gaza at dawn on Tuesday."),
      })
    ).data?.createArticle;
    const articleId = created.translation.articleId as string;
    await app.as("editorEn")(transition("publish"), { articleId, locale: "en" });
    await app.as("translatorEnToAr")(ADD_TRANSLATION, {
      articleId,
      locale: "ar",
      content: contentInput("قافلة مساعدات", "دخلت قافلة تابعة لهيئة الأمم إلى غزه ستريب فجر الثلاثاء."),
    });
    const view = (
      await app.as("translatorEnToAr", { "accept-language": "en" })(
        /* GraphQL */ `query ($id: ID!) { deskTranslation(articleId: $id, locale: ar) {
          glossaryTerms { source approved }
          glossaryIssues { blockIndex kind source found message }
        } }`,
        { id: articleId },
      )
    ).data?.deskTranslation;
    expect(view.glossaryTerms).toEqual([
      { source: "Gaza", approved: "غزة" },
      { source: "United Nations", approved: "الأمم المتحدة" },
    ]);
    // "غزه" is the approved "غزة" in another spelling (search normalisation); "غزه ستريب" is forbidden.
    expect(
      view.glossaryIssues.map((issue: { kind: string; source: string }) => [issue.kind, issue.source]),
    ).toEqual([
      ["forbidden_variant", "Gaza"],
      ["missing_approved", "United Nations"],
    ]);
    const SUBMIT = /* GraphQL */ `mutation ($id: ID!, $note: String) {
      submitTranslation(articleId: $id, locale: ar, overrideNote: $note) {
        __typename
        ... on UntranslatedText { code message glossaryIssues { kind } }
        ... on TranslationStatusChanged { translation { history { note overriddenTerms { kind source } } } }
      }
    }`;
    const refused = (await app.as("translatorEnToAr")(SUBMIT, { id: articleId })).data?.submitTranslation;
    expect(refused).toMatchObject({ __typename: "UntranslatedText", code: "GLOSSARY" });
    expect(refused.glossaryIssues).toHaveLength(2);
    const submitted = (
      await app.as("translatorEnToAr")(SUBMIT, { id: articleId, note: "Quoted as the agency wrote it." })
    ).data?.submitTranslation;
    expect(submitted.translation.history[0]).toMatchObject({
      note: "Quoted as the agency wrote it.",
      overriddenTerms: [
        { kind: "forbidden_variant", source: "Gaza" },
        { kind: "missing_approved", source: "United Nations" },
      ],
    });
  });
});
