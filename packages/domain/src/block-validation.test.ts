import { describe, expect, it } from "vitest";
import {
  BODY_LIMITS,
  bodySchema,
  TRANSLATION_LIMITS,
  validateBody,
  validateTranslationContent,
} from "./block-validation.ts";
import type { BodyBlock } from "./blocks.ts";

const validBody: BodyBlock[] = [
  {
    type: "paragraph",
    content: [
      { text: "La biblioteca flotante volvió a abrir " },
      { text: "en Málaga", marks: ["bold"], href: "/es/noticias/cultura" },
      { text: ".", marks: ["bold", "italic"] },
    ],
  },
  { type: "heading", level: 2, text: "مكتبة على الماء" },
  { type: "quote", text: "Los libros viajan mejor en barco.", attribution: "Una bibliotecaria" },
  {
    type: "list",
    ordered: true,
    items: [[{ text: "First stop" }], [{ text: "Second stop", marks: ["italic"] }]],
  },
  { type: "image", mediaId: 12, caption: "المكتبة عند الرصيف" },
  { type: "gallery", items: [{ mediaId: 3 }, { mediaId: 4, caption: "Lectores en la cubierta" }] },
  {
    type: "video",
    url: "https://video.example.org/library.mp4",
    title: "A tour",
    posterMediaId: 5,
    durationSeconds: 90,
  },
  { type: "related", articleIds: [7, 8] },
];

function errorsOf(input: unknown) {
  const result = validateBody(input);
  if (result.ok) throw new Error("expected the body to be refused");
  return result.errors;
}

describe("validateBody", () => {
  it("accepts every block type and returns the blocks", () => {
    const result = validateBody(JSON.parse(JSON.stringify(validBody)));
    expect(result).toEqual({ ok: true, value: validBody });
  });

  it("accepts an empty body and empty text in a draft", () => {
    expect(validateBody([]).ok).toBe(true);
    expect(validateBody([{ type: "paragraph", content: [{ text: "" }] }]).ok).toBe(true);
  });

  it("names the block, its type and the field of a javascript: link", () => {
    const body = [
      ...validBody.slice(0, 3),
      { type: "paragraph", content: [{ text: "ok" }, { text: "pulse aquí", href: "javascript:alert(1)" }] },
    ];
    expect(errorsOf(body)).toEqual([
      {
        blockIndex: 3,
        blockType: "paragraph",
        field: "content[1].href",
        message: expect.stringContaining("https://"),
        code: "url_scheme",
        params: {},
      },
    ]);
  });

  it("refuses data:, vbscript:, protocol-relative and disguised links, in video URLs too", () => {
    for (const href of [
      "data:text/html,<script>alert(1)</script>",
      "VBScript:msgbox",
      "//evil.example",
      " javascript:alert(1)",
      "java\u0000script:alert(1)",
      "JAVASCRIPT:alert(1)",
    ]) {
      const [error] = errorsOf([{ type: "video", url: href, title: "x" }]);
      expect(error, href).toMatchObject({ blockIndex: 0, blockType: "video", field: "url" });
    }
    const [listError] = errorsOf([
      { type: "list", ordered: false, items: [[{ text: "a", href: "data:x" }]] },
    ]);
    expect(listError).toMatchObject({ blockType: "list", field: "items[0][0].href" });
  });

  it("refuses unknown block types and blocks without a type", () => {
    expect(errorsOf([{ type: "html", html: "<b>hi</b>" }])).toEqual([
      {
        blockIndex: 0,
        blockType: "html",
        field: "type",
        message: expect.stringMatching(/Unknown block type "html"/),
        code: "unknown_block_type",
        params: { value: "html", allowed: expect.stringContaining("paragraph") },
      },
    ]);
    expect(errorsOf([validBody[0], { content: [] }])[0]).toMatchObject({
      blockIndex: 1,
      blockType: null,
      field: "type",
    });
    expect(errorsOf(["texto suelto"])[0]).toMatchObject({
      blockIndex: 0,
      field: "",
      message: "The block must be an object.",
    });
  });

  it("refuses unknown fields, one error per field", () => {
    const errors = errorsOf([{ type: "heading", level: 2, text: "عنوان", style: "color:red", onclick: "x" }]);
    expect(errors).toEqual([
      {
        blockIndex: 0,
        blockType: "heading",
        field: "style",
        message: 'Unknown field "style" in a heading block.',
        code: "unknown_field",
        params: { name: "style" },
      },
      {
        blockIndex: 0,
        blockType: "heading",
        field: "onclick",
        message: 'Unknown field "onclick" in a heading block.',
        code: "unknown_field",
        params: { name: "onclick" },
      },
    ]);
    expect(errorsOf([{ type: "paragraph", content: [{ text: "x", html: "<i>" }] }])[0]).toMatchObject({
      field: "content[0].html",
    });
  });

  it("refuses wrong types, missing fields, bad marks and bad ids with their paths", () => {
    expect(errorsOf([{ type: "quote" }])[0]).toMatchObject({
      field: "text",
      message: '"text" is required in a quote block.',
    });
    expect(errorsOf([{ type: "heading", level: 5, text: "x" }])[0]).toMatchObject({
      field: "level",
      message: "Heading level must be 2 or 3.",
    });
    expect(
      errorsOf([{ type: "paragraph", content: [{ text: "x", marks: ["underline"] }] }])[0],
    ).toMatchObject({
      field: "content[0].marks[0]",
    });
    expect(errorsOf([{ type: "image", mediaId: -1 }])[0]).toMatchObject({ field: "mediaId" });
    expect(errorsOf([{ type: "related", articleIds: [3, 3] }])[0]).toMatchObject({
      field: "articleIds",
      message: "An article is listed twice.",
    });
    expect(errorsOf([{ type: "gallery", items: [] }])[0]).toMatchObject({ field: "items" });
  });

  it("refuses control characters in text", () => {
    expect(errorsOf([{ type: "heading", level: 2, text: "Hola\u0000mundo" }])[0]).toMatchObject({
      field: "text",
    });
  });

  it("refuses oversize fields, too many blocks and too much text", () => {
    const long = "ب".repeat(BODY_LIMITS.maxHeadingLength + 1);
    expect(errorsOf([{ type: "heading", level: 2, text: long }])[0]).toMatchObject({
      blockIndex: 0,
      field: "text",
      message: `The heading is longer than ${BODY_LIMITS.maxHeadingLength} characters.`,
    });
    const half = "a".repeat(BODY_LIMITS.maxParagraphLength / 2 + 1);
    expect(errorsOf([{ type: "paragraph", content: [{ text: half }, { text: half }] }])[0]).toMatchObject({
      field: "content",
      message: expect.stringContaining("split it"),
    });
    const many = Array.from({ length: BODY_LIMITS.maxBlocks + 1 }, () => ({
      type: "paragraph",
      content: [{ text: "x" }],
    }));
    expect(errorsOf(many)).toEqual([
      {
        blockIndex: null,
        blockType: null,
        field: "body",
        message: expect.stringContaining(`${BODY_LIMITS.maxBlocks}`),
        code: "too_many",
        params: { max: BODY_LIMITS.maxBlocks },
      },
    ]);
    const paragraph = { type: "paragraph", content: [{ text: "y".repeat(BODY_LIMITS.maxParagraphLength) }] };
    const blocks = Math.ceil(BODY_LIMITS.maxTotalTextLength / BODY_LIMITS.maxParagraphLength) + 1;
    expect(errorsOf(Array.from({ length: blocks }, () => paragraph))).toEqual([
      {
        blockIndex: null,
        blockType: null,
        field: "body",
        message: expect.stringContaining("in total"),
        code: "too_long",
        params: { max: BODY_LIMITS.maxTotalTextLength },
      },
    ]);
  });

  it("refuses a body that is not a list", () => {
    expect(errorsOf({ type: "paragraph" })).toEqual([
      {
        blockIndex: null,
        blockType: null,
        field: "body",
        message: "The body must be a list of blocks.",
        code: "wrong_type",
        params: { expected: "array" },
      },
    ]);
  });

  it("caps the number of reported errors", () => {
    const bad = Array.from({ length: BODY_LIMITS.maxBlocks }, () => ({ type: "nope" }));
    expect(errorsOf(bad)).toHaveLength(BODY_LIMITS.maxReportedErrors);
  });

  it("exports the zod schema the API and desk share", () => {
    expect(bodySchema.safeParse(validBody).success).toBe(true);
    expect(bodySchema.safeParse([{ type: "script" }]).success).toBe(false);
  });
});

describe("validateTranslationContent", () => {
  const spanish = {
    title: "Qué pasa en Málaga",
    slug: "que-pasa-en-malaga",
    summary: "La biblioteca flotante vuelve al puerto.",
    body: validBody,
    seoTitle: null,
  };

  it("accepts valid content in each edition", () => {
    expect(validateTranslationContent(spanish, "es").ok).toBe(true);
    const arabic = {
      title: "مكتبة عائمة",
      slug: "مكتبة-عائمة",
      summary: "",
      body: [],
      seoDescription: "وصف قصير",
    };
    expect(validateTranslationContent(arabic, "ar").ok).toBe(true);
  });

  it("names the translation field that is wrong", () => {
    const result = validateTranslationContent(
      {
        ...spanish,
        title: "  ",
        slug: "Qué Pasa",
        seoTitle: "t".repeat(TRANSLATION_LIMITS.maxSeoTitleLength + 1),
        extra: 1,
      },
      "es",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(["title", "slug", "seoTitle", "extra"]);
    expect(result.errors.every((e) => e.blockIndex === null)).toBe(true);
  });

  it("checks the slug against the edition's rule", () => {
    // Arabic letters next to Latin words are fine in an Arabic slug, not in a Spanish one.
    expect(validateTranslationContent({ ...spanish, slug: "cop30-مكتبة-عائمة" }, "es").ok).toBe(false);
    expect(validateTranslationContent({ ...spanish, slug: "cop30-مكتبة-عائمة" }, "ar").ok).toBe(true);
  });

  it("reports body errors with the block, relative to the block", () => {
    const result = validateTranslationContent(
      { ...spanish, body: [validBody[0], { type: "image", mediaId: "x" }] },
      "es",
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          blockIndex: 1,
          blockType: "image",
          field: "mediaId",
          message: '"mediaId" must be a number in an image block.',
          code: "wrong_type",
          params: { expected: "number" },
        },
      ],
    });
  });

  it("refuses a slug with accents and suggests the valid one", () => {
    const result = validateTranslationContent({ ...spanish, slug: "qué-pasa-en-málaga" }, "es");
    expect(result.ok ? [] : result.errors).toEqual([
      {
        blockIndex: null,
        blockType: null,
        field: "slug",
        message: expect.stringContaining('try "que-pasa-en-malaga"'),
        code: "slug_invalid",
        params: { max: expect.any(Number), suggestion: "que-pasa-en-malaga" },
      },
    ]);
    const empty = validateTranslationContent({ ...spanish, slug: "" }, "es");
    expect(empty.ok ? null : empty.errors[0]?.params?.suggestion).toBe("que-pasa-en-malaga");
    const arabic = validateTranslationContent(
      { ...spanish, title: "ماذا يحدث في مالقة", slug: "ماذا يحدث" },
      "ar",
    );
    expect(arabic.ok ? null : arabic.errors[0]?.params?.suggestion).toBe("ماذا-يحدث");
  });

  it("gives the title, empty or too long, a code clients can word", () => {
    const empty = validateTranslationContent({ ...spanish, title: "  " }, "es");
    expect(empty.ok ? null : empty.errors[0]).toMatchObject({ field: "title", code: "empty" });
    const long = validateTranslationContent({ ...spanish, title: "a".repeat(301) }, "es");
    expect(long.ok ? null : long.errors[0]).toMatchObject({
      field: "title",
      code: "too_long",
      params: { max: 300 },
    });
  });

  it("refuses missing fields and non-objects", () => {
    const missing = validateTranslationContent({ title: "Hello" }, "en");
    expect(missing.ok ? [] : missing.errors.map((e) => e.field)).toEqual(["slug", "summary", "body"]);
    const notObject = validateTranslationContent("hello", "en");
    expect(notObject.ok ? [] : notObject.errors.map((e) => e.field)).toEqual(["content"]);
  });
});
