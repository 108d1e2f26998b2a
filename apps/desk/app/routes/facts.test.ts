import { afterEach, describe, expect, it, vi } from "vitest";
import { deskRequest, stubApi } from "../testing/api-stub.ts";
import { action, loader } from "./facts.tsx";

const EDITOR_AR = { id: "6", displayName: "هالة", email: "h@example.org", role: "editor", locales: ["ar"] };
const TRANSLATOR = {
  id: "7",
  displayName: "Lucía",
  email: "l@example.org",
  role: "translator",
  locales: ["es"],
};

const PICKERS = {
  sections: [{ path: "news", label: "أخبار", children: [] }],
  regions: [{ slug: "europe", label: "أوروبا" }],
  deskDossiers: [],
  deskAuthors: [],
  en: [],
  ar: [],
  es: [],
};

const NO_MEDIA = { mediaLibrary: { totalCount: 0, hasNextPage: false, endCursor: null, items: [] } };

const ARTICLE = {
  id: "21",
  kind: "news",
  originalLocale: "ar",
  sectionPath: "news",
  regionSlug: null,
  dossierSlug: null,
  tagSlugs: [],
  authorSlugs: [],
  sourceName: null,
  leadMediaId: null,
  translations: [{ locale: "ar", status: "draft", head: { title: "المياه تعود" } }],
  factHistory: [
    {
      id: "1",
      changedAt: "2026-12-07T05:00:00.000Z",
      changedBy: "هالة",
      changes: [{ field: "sectionPath", before: [], after: ["news"] }],
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

async function args(method: "GET" | "POST", body?: FormData) {
  return {
    params: { locale: "ar", articleId: "21" },
    ...(await deskRequest("/ar/articles/21/facts", body ? { method, body } : { method })),
    context: {},
  };
}

describe("facts page", () => {
  it("loads the facts and their history; only the original's editors may change them", async () => {
    stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskArticleFacts: { deskArticle: ARTICLE },
      DeskPickers: PICKERS,
      DeskMediaChoices: NO_MEDIA,
    });
    const page = await loader((await args("GET")) as Parameters<typeof loader>[0]);
    expect(page.data.canEdit).toBe(true);
    expect(page.data.article.history).toHaveLength(1);
    expect(page.data.article.facts.sectionPath).toBe("news");

    stubApi({
      DeskMe: { me: TRANSLATOR },
      DeskArticleFacts: { deskArticle: ARTICLE },
      DeskPickers: PICKERS,
      DeskMediaChoices: NO_MEDIA,
    });
    const read = await loader((await args("GET")) as Parameters<typeof loader>[0]);
    expect(read.data.canEdit).toBe(false);
  });

  it("keeps offering a lead image older than the library's first page, with what it lacks", async () => {
    stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskArticleFacts: { deskArticle: { ...ARTICLE, leadMediaId: "99" } },
      DeskPickers: PICKERS,
      DeskMediaChoices: NO_MEDIA,
      DeskChosenMedia: {
        deskMedia: {
          id: "99",
          kind: "image",
          fileName: "qanat.jpg",
          missingAltLocales: ["ar"],
          image: { url: "/media/i/abc/full-640.jpg", alt: "" },
          video: null,
        },
      },
    });
    const page = await loader((await args("GET")) as Parameters<typeof loader>[0]);
    expect(page.data.pickers.media.items).toEqual([
      {
        id: 99,
        kind: "image",
        url: "/media/i/abc/full-640.jpg",
        alt: "",
        fileName: "qanat.jpg",
        missingAltLocales: ["ar"],
        video: null,
      },
    ]);
  });

  it("saves the facts and comes back to the page, which shows the new history", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskArticleFacts: { deskArticle: ARTICLE },
      DeskPickers: PICKERS,
      DeskMediaChoices: NO_MEDIA,
      DeskUpdateFacts: { updateArticle: { __typename: "ArticleUpdated" } },
    });
    const form = new FormData();
    form.set("kind", "analysis");
    form.set("sectionPath", "news");
    form.set("regionSlug", "europe");
    const answer = await action((await args("POST", form)) as Parameters<typeof action>[0]);
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).headers.get("location")).toBe("/ar/articles/21/facts?saved=1");
    expect(sent.find((call) => call.operation === "DeskUpdateFacts")?.variables).toMatchObject({
      id: "21",
      facts: { kind: "analysis", sectionPath: "news", regionSlug: "europe", tagSlugs: [], newTags: [] },
    });
  });

  it("keeps the chosen facts with the refusal on its field", async () => {
    stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskArticleFacts: { deskArticle: ARTICLE },
      DeskPickers: PICKERS,
      DeskMediaChoices: NO_MEDIA,
      DeskUpdateFacts: {
        updateArticle: {
          __typename: "ValidationError",
          code: "INVALID",
          message: "…",
          problems: [
            { field: "regionSlug", blockIndex: null, blockType: null, message: "لا توجد هذه المنطقة." },
          ],
        },
      },
    });
    const form = new FormData();
    form.set("kind", "news");
    form.set("sectionPath", "news");
    form.set("regionSlug", "atlantis");
    const answer = await action((await args("POST", form)) as Parameters<typeof action>[0]);
    expect(answer).toMatchObject({
      ok: false,
      facts: { regionSlug: "atlantis" },
      errors: { regionSlug: "لا توجد هذه المنطقة." },
    });
  });
});
