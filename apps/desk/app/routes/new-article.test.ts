import { afterEach, describe, expect, it, vi } from "vitest";
import { deskRequest, stubApi } from "../testing/api-stub.ts";
import { action, loader } from "./new-article.tsx";

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
  regions: [],
  deskDossiers: [],
  deskAuthors: [],
  en: [],
  ar: [],
  es: [],
};

const NO_MEDIA = { mediaLibrary: { totalCount: 0, hasNextPage: false, endCursor: null, items: [] } };

afterEach(() => vi.unstubAllGlobals());

async function args(method: "GET" | "POST", body?: FormData) {
  return {
    params: { locale: "ar" },
    ...(await deskRequest("/ar/articles/new", body ? { method, body } : { method })),
    context: {},
  };
}

describe("new article page", () => {
  it("offers an editor their own languages, and a translator none", async () => {
    stubApi({ DeskMe: { me: EDITOR_AR }, DeskPickers: PICKERS, DeskMediaChoices: NO_MEDIA });
    expect((await loader((await args("GET")) as Parameters<typeof loader>[0])).data.locales).toEqual(["ar"]);
    stubApi({ DeskMe: { me: TRANSLATOR }, DeskPickers: PICKERS, DeskMediaChoices: NO_MEDIA });
    expect((await loader((await args("GET")) as Parameters<typeof loader>[0])).data.locales).toEqual([]);
  });

  it("creates the original in the editor's language with a first paragraph, then opens its editor", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskPickers: PICKERS,
      DeskMediaChoices: NO_MEDIA,
      DeskCreateArticle: {
        createArticle: { __typename: "TranslationCreated", translation: { articleId: "40" } },
      },
    });
    const form = new FormData();
    // A language the editor does not write in is not taken: their own is.
    form.set("originalLocale", "es");
    form.set("title", "  المياه تعود إلى القنوات ");
    form.set("summary", "");
    form.set("kind", "feature");
    form.set("sectionPath", "news");
    const answer = await action((await args("POST", form)) as Parameters<typeof action>[0]);
    expect((answer as Response).headers.get("location")).toBe("/ar/articles/40/ar");
    expect(sent.find((call) => call.operation === "DeskCreateArticle")?.variables).toMatchObject({
      locale: "ar",
      facts: { kind: "feature", sectionPath: "news" },
      content: {
        title: "المياه تعود إلى القنوات",
        slug: "المياه-تعود-إلى-القنوات",
        body: [{ type: "paragraph", content: [{ text: "" }] }],
      },
    });
  });

  it("answers a refused title with everything typed", async () => {
    stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskPickers: PICKERS,
      DeskMediaChoices: NO_MEDIA,
      DeskCreateArticle: {
        createArticle: {
          __typename: "ValidationError",
          code: "INVALID",
          message: "…",
          problems: [{ field: "title", blockIndex: null, blockType: null, message: "العنوان فارغ." }],
        },
      },
    });
    const form = new FormData();
    form.set("originalLocale", "ar");
    form.set("title", " ");
    form.set("summary", "ملخص");
    form.set("sectionPath", "news");
    expect(await action((await args("POST", form)) as Parameters<typeof action>[0])).toMatchObject({
      ok: false,
      errors: { title: "العنوان فارغ." },
      values: { locale: "ar", title: " ", summary: "ملخص" },
    });
  });
});
