import { afterEach, describe, expect, it, vi } from "vitest";
import type { Pickers } from "../editor/article-facts.ts";
import { submitFacts } from "./facts-submission.server.ts";
import { createOriginal } from "./originals-api.server.ts";

const pickers: Pickers = {
  kinds: [
    { value: "news", label: "خبر" },
    { value: "feature", label: "تقرير" },
  ],
  sections: [{ path: "news", label: "News", depth: 0 }],
  regions: [],
  dossiers: [],
  authors: [],
  tags: [{ slug: "elections", label: "الانتخابات", labels: ["Elections", "الانتخابات", "Elecciones"] }],
  media: { items: [], endCursor: null, totalCount: 0 },
};

const content = { title: "Water returns", slug: "water-returns", summary: "", body: [] };

/** The API: GraphQL answers by operation, uploads by status; records what reached it. */
function stubApi(answers: { graphql?: unknown; upload?: { status: number; body: unknown } }) {
  const calls: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: URL | string, init: RequestInit) => {
      const path = new URL(String(url)).pathname;
      calls.push(path);
      if (path === "/media/upload") {
        const form = init.body as FormData;
        expect((init.headers as Record<string, string>)["accept-language"]).toBe("ar");
        expect(form.get("alt")).toBe("قناة ري");
        return new Response(JSON.stringify(answers.upload?.body), { status: answers.upload?.status ?? 500 });
      }
      return new Response(JSON.stringify({ data: answers.graphql }), {
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return calls;
}

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  data.set("kind", "news");
  data.set("sectionPath", "news");
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const session = { token: "token-1", ui: "ar" as const };
const write = (
  facts: Parameters<Parameters<typeof submitFacts>[4]>[0],
  newTags: Parameters<Parameters<typeof submitFacts>[4]>[1],
) => createOriginal(session, { locale: "ar", facts, newTags, content });
const photo = () => new File([new Uint8Array([0xff, 0xd8, 0xff])], "qanat.jpg", { type: "image/jpeg" });

afterEach(() => vi.unstubAllGlobals());

describe("submitFacts", () => {
  it("stops a tag spelled like an existing one before anything is sent", async () => {
    const calls = stubApi({});
    const result = await submitFacts(session, form({ newTags: "الإنتخابات" }), pickers, "ar", write);
    expect(result).toMatchObject({ ok: false, newTags: "الإنتخابات" });
    expect(!result.ok && result.errors.newTags).toContain("«الانتخابات»");
    expect(calls).toEqual([]);
  });

  it("asks for alt text before uploading an image", async () => {
    const calls = stubApi({});
    const result = await submitFacts(session, form({ file: photo() }), pickers, "ar", write);
    expect(!result.ok && result.errors.alt).toBe("النص البديل مطلوب للصورة المرفوعة.");
    expect(calls).toEqual([]);
  });

  it("shows the API's refusal of the file on the file field and creates nothing", async () => {
    const calls = stubApi({
      upload: { status: 415, body: { error: { code: "UNSUPPORTED_TYPE", message: "المقبول: صور JPEG…" } } },
    });
    const result = await submitFacts(session, form({ file: photo(), alt: "قناة ري" }), pickers, "ar", write);
    expect(!result.ok && result.errors.file).toBe("المقبول: صور JPEG…");
    expect(calls).toEqual(["/media/upload"]);
  });

  it("uploads, then creates the article with the new image as its lead", async () => {
    const calls = stubApi({
      upload: { status: 201, body: { media: { id: 77, kind: "image", width: 96, height: 64 } } },
      graphql: { createArticle: { __typename: "TranslationCreated", translation: { articleId: "31" } } },
    });
    const written = vi.fn(write);
    const result = await submitFacts(
      session,
      form({ file: photo(), alt: "قناة ري" }),
      pickers,
      "ar",
      written,
    );
    expect(result).toEqual({ ok: true, articleId: 31 });
    expect(written.mock.calls[0]?.[0].leadMediaId).toBe(77);
    expect(calls).toEqual(["/media/upload", "/graphql"]);
  });

  it("keeps the uploaded image chosen when the article is refused, and puts each problem on its field", async () => {
    stubApi({
      upload: { status: 201, body: { media: { id: 78 } } },
      graphql: {
        createArticle: {
          __typename: "ValidationError",
          code: "INVALID",
          message: "…",
          problems: [
            { field: "sectionPath", blockIndex: null, blockType: null, message: "لا يوجد هذا القسم." },
          ],
        },
      },
    });
    const result = await submitFacts(session, form({ file: photo(), alt: "قناة ري" }), pickers, "ar", write);
    expect(result).toMatchObject({ ok: false, errors: { sectionPath: "لا يوجد هذا القسم." } });
    expect(!result.ok && result.facts.leadMediaId).toBe(78);
  });
});
