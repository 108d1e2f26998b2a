import { afterEach, describe, expect, it, vi } from "vitest";
import { deskRequest, stubApi } from "../testing/api-stub.ts";
import { action } from "./taxonomy.tsx";

const EDITOR_AR = { id: "3", displayName: "Layla", email: "l@example.org", role: "editor", locales: ["ar"] };

afterEach(() => {
  vi.unstubAllGlobals();
});

const post = async (fields: Record<string, string>) =>
  action({
    params: { locale: "ar" },
    ...(await deskRequest("/ar/taxonomy", { method: "POST", body: new URLSearchParams(fields) })),
    context: {},
  } as Parameters<typeof action>[0]);

const refusedAsSimilar = {
  createTag: {
    __typename: "ValidationError",
    code: "INVALID",
    message: "label: The tag …",
    problems: [
      { field: "label", message: 'The tag "climate" (Climate) already exists under another spelling.' },
    ],
  },
};

describe("desk taxonomy page action", () => {
  it("names the tag that exists under another spelling, in the desk's language, keeping what was typed", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskCreateTag: refusedAsSimilar,
      DeskTagsOf: { deskTags: [{ slug: "climate", label: "المناخ" }] },
    });
    const answer = await post({ intent: "new-tag", slug: "climat", label: "  المُناخ " });
    expect(answer).toEqual({
      ok: false,
      refusal: {
        form: "new-tag",
        field: "label",
        message: "هذا الوسم موجود بتهجئة أخرى: «المناخ» (climate). استخدمه بدلًا من إنشاء وسم جديد.",
        values: { slug: "climat", label: "  المُناخ ", description: "", kind: "", key: "" },
      },
    });
    expect(sent.find((call) => call.operation === "DeskCreateTag")?.variables).toEqual({
      slug: "climat",
      locale: "ar",
      label: "المُناخ",
    });
  });

  it("sets a section's label in the editor's edition and words a refused label in the desk's language", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskSetLabel: {
        setTaxonomyLabel: {
          __typename: "ValidationError",
          code: "INVALID",
          message: "label: Give a label of 1 to 120 characters.",
          problems: [{ field: "label", message: "Give a label of 1 to 120 characters." }],
        },
      },
    });
    const answer = await post({ intent: "label", kind: "section", key: "news/politics", label: " " });
    expect(answer).toMatchObject({
      ok: false,
      refusal: { form: "section:news/politics", field: "label", message: "اكتب تسمية من 1 إلى 120 حرف." },
    });
    expect(sent.find((call) => call.operation === "DeskSetLabel")?.variables).toEqual({
      kind: "section",
      key: "news/politics",
      locale: "ar",
      label: "",
      description: null,
    });
  });
});
