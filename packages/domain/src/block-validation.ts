import { type core, z } from "zod";
import type { TranslationContent } from "./article.ts";
import {
  BLOCK_TYPES,
  type BlockType,
  type BodyBlock,
  bodyText,
  type GalleryBlock,
  type HeadingBlock,
  type ImageBlock,
  INLINE_MARKS,
  type InlineRun,
  type ListBlock,
  type ParagraphBlock,
  type QuoteBlock,
  type RelatedBlock,
  type VideoBlock,
} from "./blocks.ts";
import { LOCALES, type Locale } from "./locales.ts";
import { MAX_URL_LENGTH, URL_PROBLEM_MESSAGES, urlProblem } from "./safe-url.ts";
import { isValidSlug, SLUG_MAX_LENGTH, slugify } from "./slug.ts";

/**
 * Validation of untrusted body and translation input (GraphQL mutations, the
 * desk's autosave). The zod schemas are exported so the API and the desk share
 * one definition; `validateBody` / `validateTranslationContent` turn zod's
 * issues into errors that name the block, its type and the field.
 *
 * Empty text is allowed (a draft may hold a paragraph still being written);
 * structure is not optional (a paragraph has at least one run, a list one item).
 */

/** Limits on a body. Lengths are in UTF-16 code units (what `String.length` counts). */
export const BODY_LIMITS = {
  /** Blocks in one body: a long-read runs to ~150. */
  maxBlocks: 400,
  /** All text of a body together (~20,000 words of English). */
  maxTotalTextLength: 150_000,
  /** One paragraph's text, all runs together. */
  maxParagraphLength: 10_000,
  maxRunsPerParagraph: 200,
  maxHeadingLength: 300,
  maxQuoteLength: 3_000,
  maxAttributionLength: 300,
  maxListItems: 100,
  maxRunsPerListItem: 50,
  /** One list item's text, all runs together. */
  maxListItemLength: 3_000,
  maxCaptionLength: 1_000,
  maxGalleryItems: 60,
  maxRelatedArticles: 12,
  maxVideoTitleLength: 300,
  maxVideoDurationSeconds: 24 * 60 * 60,
  maxUrlLength: MAX_URL_LENGTH,
  /** No more errors than this are reported for one input, so a hostile body cannot inflate the answer. */
  maxReportedErrors: 50,
} as const;

/** Limits on the text fields of a translation. */
export const TRANSLATION_LIMITS = {
  /** Titles must not be empty. */
  maxTitleLength: 300,
  maxSlugLength: SLUG_MAX_LENGTH,
  /** The standfirst under the headline; may be empty in a draft. */
  maxSummaryLength: 1_000,
  /** Search engines show ~60 characters; 200 leaves room for Arabic and long Spanish words. */
  maxSeoTitleLength: 200,
  maxSeoDescriptionLength: 500,
} as const;

/** Postgres `integer` ids. */
const MAX_ID = 2_147_483_647;

/**
 * Control characters other than tab and newlines, C1 controls, non-characters
 * and lone surrogates: they have no business in prose and corrupt search and rendering.
 */
export function hasForbiddenCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
    if (code >= 0x7f && code <= 0x9f) return true;
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (code === 0xfffe || code === 0xffff) return true;
  }
  return false;
}

function textField(what: string, max: number) {
  return z
    .string()
    .max(max, { error: `${what} is longer than ${max} characters.` })
    .refine((value) => !hasForbiddenCharacter(value), {
      error: `${what} contains control characters; remove them.`,
      params: { code: "control_characters" },
    });
}

export const urlSchema = z.string().superRefine((value, ctx) => {
  const problem = urlProblem(value);
  if (problem)
    ctx.addIssue({
      code: "custom",
      message: URL_PROBLEM_MESSAGES[problem],
      params: { code: `url_${problem}` },
    });
});

const idSchema = (what: string) =>
  z
    .number()
    .int({ error: `${what} must be a whole number.` })
    .positive({ error: `${what} must be positive.` })
    .max(MAX_ID, { error: `${what} is out of range.` });

export const inlineRunSchema = z.strictObject({
  text: textField("Text", BODY_LIMITS.maxParagraphLength),
  marks: z
    .array(z.enum(INLINE_MARKS, { error: `Marks can be ${INLINE_MARKS.join(" or ")}.` }))
    .max(INLINE_MARKS.length)
    .refine((marks) => new Set(marks).size === marks.length, {
      error: "A mark is repeated.",
      params: { code: "duplicate" },
    })
    .optional(),
  href: urlSchema.optional(),
}) satisfies z.ZodType<InlineRun>;

function runsLength(runs: readonly InlineRun[]): number {
  return runs.reduce((sum, run) => sum + run.text.length, 0);
}

export const paragraphBlockSchema = z.strictObject({
  type: z.literal("paragraph"),
  content: z
    .array(inlineRunSchema)
    .min(1, { error: "A paragraph needs at least one run of text." })
    .max(BODY_LIMITS.maxRunsPerParagraph, {
      error: `A paragraph has more than ${BODY_LIMITS.maxRunsPerParagraph} runs.`,
    })
    .refine((runs) => runsLength(runs) <= BODY_LIMITS.maxParagraphLength, {
      error: `The paragraph is longer than ${BODY_LIMITS.maxParagraphLength} characters; split it.`,
      params: { code: "too_long", max: BODY_LIMITS.maxParagraphLength },
    }),
}) satisfies z.ZodType<ParagraphBlock>;

export const headingBlockSchema = z.strictObject({
  type: z.literal("heading"),
  level: z.union([z.literal(2), z.literal(3)], { error: "Heading level must be 2 or 3." }),
  text: textField("The heading", BODY_LIMITS.maxHeadingLength),
}) satisfies z.ZodType<HeadingBlock>;

export const quoteBlockSchema = z.strictObject({
  type: z.literal("quote"),
  text: textField("The quote", BODY_LIMITS.maxQuoteLength),
  attribution: textField("The attribution", BODY_LIMITS.maxAttributionLength).optional(),
}) satisfies z.ZodType<QuoteBlock>;

export const listBlockSchema = z.strictObject({
  type: z.literal("list"),
  ordered: z.boolean(),
  items: z
    .array(
      z
        .array(inlineRunSchema)
        .min(1, { error: "A list item needs at least one run of text." })
        .max(BODY_LIMITS.maxRunsPerListItem, {
          error: `A list item has more than ${BODY_LIMITS.maxRunsPerListItem} runs.`,
        })
        .refine((runs) => runsLength(runs) <= BODY_LIMITS.maxListItemLength, {
          error: `The list item is longer than ${BODY_LIMITS.maxListItemLength} characters.`,
          params: { code: "too_long", max: BODY_LIMITS.maxListItemLength },
        }),
    )
    .min(1, { error: "A list needs at least one item." })
    .max(BODY_LIMITS.maxListItems, { error: `A list has more than ${BODY_LIMITS.maxListItems} items.` }),
}) satisfies z.ZodType<ListBlock>;

export const imageBlockSchema = z.strictObject({
  type: z.literal("image"),
  mediaId: idSchema("The image"),
  caption: textField("The caption", BODY_LIMITS.maxCaptionLength).optional(),
}) satisfies z.ZodType<ImageBlock>;

export const galleryBlockSchema = z.strictObject({
  type: z.literal("gallery"),
  items: z
    .array(
      z.strictObject({
        mediaId: idSchema("The image"),
        caption: textField("The caption", BODY_LIMITS.maxCaptionLength).optional(),
      }),
    )
    .min(1, { error: "A gallery needs at least one image." })
    .max(BODY_LIMITS.maxGalleryItems, {
      error: `A gallery has more than ${BODY_LIMITS.maxGalleryItems} images.`,
    }),
}) satisfies z.ZodType<GalleryBlock>;

export const videoBlockSchema = z.strictObject({
  type: z.literal("video"),
  url: urlSchema,
  title: textField("The video title", BODY_LIMITS.maxVideoTitleLength),
  mediaId: idSchema("The video").optional(),
  posterMediaId: idSchema("The poster image").optional(),
  durationSeconds: z
    .number()
    .int({ error: "The duration must be whole seconds." })
    .min(0, { error: "The duration cannot be negative." })
    .max(BODY_LIMITS.maxVideoDurationSeconds, { error: "The duration is longer than a day." })
    .optional(),
}) satisfies z.ZodType<VideoBlock>;

export const relatedBlockSchema = z.strictObject({
  type: z.literal("related"),
  articleIds: z
    .array(idSchema("The article id"))
    .min(1, { error: "A related box needs at least one article." })
    .max(BODY_LIMITS.maxRelatedArticles, {
      error: `A related box lists at most ${BODY_LIMITS.maxRelatedArticles} articles.`,
    })
    .refine((ids) => new Set(ids).size === ids.length, {
      error: "An article is listed twice.",
      params: { code: "duplicate" },
    }),
}) satisfies z.ZodType<RelatedBlock>;

/** One schema per block type; `satisfies` keeps them in step with the types in blocks.ts. */
export const BLOCK_SCHEMAS = {
  paragraph: paragraphBlockSchema,
  heading: headingBlockSchema,
  quote: quoteBlockSchema,
  list: listBlockSchema,
  image: imageBlockSchema,
  gallery: galleryBlockSchema,
  video: videoBlockSchema,
  related: relatedBlockSchema,
} as const satisfies { [T in BlockType]: z.ZodType<Extract<BodyBlock, { type: T }>> };

export const bodyBlockSchema = z.discriminatedUnion("type", [
  paragraphBlockSchema,
  headingBlockSchema,
  quoteBlockSchema,
  listBlockSchema,
  imageBlockSchema,
  galleryBlockSchema,
  videoBlockSchema,
  relatedBlockSchema,
]);

export const bodySchema = z
  .array(bodyBlockSchema, { error: "The body must be a list of blocks." })
  .max(BODY_LIMITS.maxBlocks, { error: `The body has more than ${BODY_LIMITS.maxBlocks} blocks.` })
  .refine((blocks) => bodyText(blocks).length <= BODY_LIMITS.maxTotalTextLength, {
    error: `The body's text is longer than ${BODY_LIMITS.maxTotalTextLength} characters in total.`,
    params: { code: "too_long", max: BODY_LIMITS.maxTotalTextLength },
  }) satisfies z.ZodType<BodyBlock[]>;

function translationContentSchemaFor(locale: Locale) {
  return z.strictObject({
    title: textField("The title", TRANSLATION_LIMITS.maxTitleLength).refine((title) => title.trim() !== "", {
      error: "The title is empty.",
      params: { code: "empty" },
    }),
    slug: z.string().refine((slug) => isValidSlug(slug, locale), {
      error: `The slug must be lower-case words joined by hyphens, at most ${SLUG_MAX_LENGTH} characters (use the suggested slug).`,
      params: { code: "slug_invalid", max: SLUG_MAX_LENGTH },
    }),
    summary: textField("The summary", TRANSLATION_LIMITS.maxSummaryLength),
    body: bodySchema,
    seoTitle: textField("The SEO title", TRANSLATION_LIMITS.maxSeoTitleLength).nullable().optional(),
    seoDescription: textField("The SEO description", TRANSLATION_LIMITS.maxSeoDescriptionLength)
      .nullable()
      .optional(),
  }) satisfies z.ZodType<TranslationContent>;
}

/** Schema of a translation's content per edition (the slug rule depends on the locale). */
export const translationContentSchemas = Object.fromEntries(
  LOCALES.map((locale) => [locale, translationContentSchemaFor(locale)]),
) as Record<Locale, ReturnType<typeof translationContentSchemaFor>>;

/**
 * One refused piece of input. Body errors carry the block: `{ blockIndex: 3,
 * blockType: "paragraph", field: "content[1].href", message }` (field relative to
 * the block, "" for the block as a whole). Errors about the body as a whole have
 * `field: "body"` and no block; errors about translation fields have
 * `field: "title"` etc. and no block.
 */
export interface ValidationError {
  blockIndex: number | null;
  blockType: string | null;
  field: string;
  /** English; clients word the problem from `code` and `params` in their own language. */
  message: string;
  /** What is wrong, for clients to word in their language; absent means "invalid" with the message as detail. */
  code?: ValidationCode;
  /** Values the wording needs: limits (`max`, `min`, `count`), the refused `value`, a `suggestion`. */
  params?: Record<string, string | number>;
}

/**
 * Stable problem codes of validation errors. packages/i18n words each one in
 * every locale (namespace "problems"); a new code fails its resources test
 * until it is worded.
 */
export const VALIDATION_CODES = [
  "invalid",
  "required",
  "wrong_type",
  "too_long",
  "too_many",
  "too_few",
  "out_of_range",
  "not_whole_number",
  "not_positive",
  "control_characters",
  "empty",
  "duplicate",
  "unknown_field",
  "unknown_block_type",
  "missing_block_type",
  "not_allowed_value",
  "slug_invalid",
  "slug_taken",
  "url_empty",
  "url_too_long",
  "url_forbidden_character",
  "url_protocol_relative",
  "url_scheme",
  "url_malformed",
  "url_credentials",
  /** A glossary already has an entry for this source term (in some spelling). */
  "term_exists",
  // An XLIFF file refused on import or export (params name the unit, value or limit at fault).
  "xliff_too_large",
  "xliff_malformed",
  "xliff_malformed_at",
  "xliff_doctype",
  "xliff_not_xliff",
  "xliff_version",
  "xliff_language",
  "xliff_no_origin",
  "xliff_unknown_element",
  "xliff_link_lost",
  "xliff_unknown_code",
  "xliff_no_source",
  "xliff_many_files",
  "xliff_other_article",
  "xliff_other_pair",
  "xliff_other_source",
  "xliff_units_mismatch",
  "xliff_no_items",
  "xliff_mixed_pairs",
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** Whether a code read from the wire is one this model knows. */
export function isValidationCode(value: unknown): value is ValidationCode {
  return typeof value === "string" && (VALIDATION_CODES as readonly string[]).includes(value);
}

/** The code and parameters of a zod issue (codes set in the schemas' refinements win). */
function codeFor(issue: core.$ZodIssue, value: unknown): Pick<ValidationError, "code" | "params"> {
  switch (issue.code) {
    case "custom": {
      const { code, ...params } = (issue.params ?? {}) as Record<string, string | number>;
      return isValidationCode(code) ? { code, params } : { code: "invalid", params: {} };
    }
    case "too_big":
      if (issue.origin === "string") return { code: "too_long", params: { max: Number(issue.maximum) } };
      if (issue.origin === "array") return { code: "too_many", params: { max: Number(issue.maximum) } };
      return { code: "out_of_range", params: { max: Number(issue.maximum) } };
    case "too_small":
      if (issue.origin === "array") return { code: "too_few", params: { min: Number(issue.minimum) } };
      if (issue.origin === "number" && Number(issue.minimum) === 0 && !issue.inclusive)
        return { code: "not_positive", params: {} };
      return { code: "out_of_range", params: { min: Number(issue.minimum) } };
    case "invalid_type":
      if (issue.expected === "int") return { code: "not_whole_number", params: {} };
      if (value === undefined) return { code: "required", params: {} };
      return { code: "wrong_type", params: { expected: issue.expected } };
    case "invalid_union":
      if (issue.path.at(-1) === "type") {
        return typeof value === "string"
          ? {
              code: "unknown_block_type",
              params: { value: value.slice(0, 40), allowed: BLOCK_TYPES.join(", ") },
            }
          : { code: "missing_block_type", params: { allowed: BLOCK_TYPES.join(", ") } };
      }
      return { code: "invalid", params: {} };
    case "invalid_value":
      return { code: "not_allowed_value", params: {} };
    default:
      return { code: "invalid", params: {} };
  }
}
export type BlockValidationError = ValidationError;

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Input strings end up in messages: keep them short and printable. */
function quote(value: string): string {
  const clean = value.replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, "?");
  return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function blockTypeOf(block: unknown): string | null {
  const type = valueAt(block, ["type"]);
  return typeof type === "string" ? type.slice(0, 40) : null;
}

function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
}

/** Rewrites zod's generic messages into ones that name the field; messages set in the schemas pass through. */
function messageFor(issue: core.$ZodIssue, value: unknown, field: string, blockType: string | null): string {
  switch (issue.code) {
    case "invalid_union":
      if (issue.path.at(-1) === "type") {
        return typeof value === "string"
          ? `Unknown block type ${quote(value)}; allowed: ${BLOCK_TYPES.join(", ")}.`
          : `The block has no type; allowed: ${BLOCK_TYPES.join(", ")}.`;
      }
      return issue.message;
    case "invalid_type": {
      if (!issue.message.startsWith("Invalid input")) return issue.message;
      if (field === "" && blockType === null) return "The block must be an object.";
      const where = blockType ? ` in ${withArticle(blockType)} block` : "";
      if (value === undefined) return `${quote(field)} is required${where}.`;
      const expected =
        issue.expected === "array"
          ? "a list"
          : `${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`;
      return `${quote(field)} must be ${expected}${where}.`;
    }
    case "invalid_value":
      return `${quote(field)} has a value that is not allowed.`;
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into ValidationErrors. `bodyPath` is where the body sits in
 * the validated input (`[]` for a bare body, `["body"]` inside a translation).
 */
function toValidationErrors(
  issues: readonly core.$ZodIssue[],
  input: unknown,
  bodyPath: readonly PropertyKey[],
): ValidationError[] {
  const errors: ValidationError[] = [];
  const body = valueAt(input, bodyPath);
  for (const issue of issues) {
    const inBody = bodyPath.every((key, i) => issue.path[i] === key);
    const rest = issue.path.slice(bodyPath.length);
    const index = rest[0];
    if (!inBody || typeof index !== "number") {
      // A translation field, or the body as a whole.
      const fields =
        issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      for (const path of fields) {
        const field = formatPath(path) || (bodyPath.length === 0 ? "body" : "content");
        const message =
          issue.code === "unrecognized_keys"
            ? `Unknown field ${quote(String(path.at(-1)))}.`
            : messageFor(issue, valueAt(input, path), field, null);
        const coded =
          issue.code === "unrecognized_keys"
            ? { code: "unknown_field" as const, params: { name: String(path.at(-1)).slice(0, 40) } }
            : codeFor(issue, valueAt(input, path));
        errors.push({ blockIndex: null, blockType: null, field, message, ...coded });
      }
      continue;
    }
    const blockType = blockTypeOf(valueAt(body, [index]));
    const within = rest.slice(1);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.push({
          blockIndex: index,
          blockType,
          field: formatPath([...within, key]),
          message: `Unknown field ${quote(key)} in ${withArticle(blockType ?? "body")} block.`,
          code: "unknown_field",
          params: { name: key.slice(0, 40) },
        });
      }
    } else {
      const field = formatPath(within);
      const message = messageFor(issue, valueAt(input, issue.path), field, blockType);
      errors.push({
        blockIndex: index,
        blockType,
        field,
        message,
        ...codeFor(issue, valueAt(input, issue.path)),
      });
    }
  }
  return errors.slice(0, BODY_LIMITS.maxReportedErrors);
}

/** Refuses a body with too many blocks before zod walks every one of them. */
function blockCountError(body: unknown, field: string): ValidationError | null {
  if (Array.isArray(body) && body.length > BODY_LIMITS.maxBlocks) {
    return {
      blockIndex: null,
      blockType: null,
      field,
      message: `The body has ${body.length} blocks; the limit is ${BODY_LIMITS.maxBlocks}.`,
      code: "too_many",
      params: { max: BODY_LIMITS.maxBlocks },
    };
  }
  return null;
}

/** Validates an untrusted body (parsed JSON) into blocks, or says what is wrong and where. */
export function validateBody(input: unknown): ValidationResult<BodyBlock[]> {
  const tooMany = blockCountError(input, "body");
  if (tooMany) return { ok: false, errors: [tooMany] };
  const result = bodySchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: toValidationErrors(result.error.issues, input, []) };
}

/** Validates untrusted translation content (title, slug, summary, body, SEO fields) for an edition. */
export function validateTranslationContent(
  input: unknown,
  locale: Locale,
): ValidationResult<TranslationContent> {
  const tooMany = blockCountError(valueAt(input, ["body"]), "body");
  if (tooMany) return { ok: false, errors: [tooMany] };
  const result = translationContentSchemas[locale].safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors = toValidationErrors(result.error.issues, input, ["body"]);
  return { ok: false, errors: errors.map((error) => withSlugSuggestion(error, input, locale)) };
}

/**
 * A refused slug comes with the valid slug closest to it ("acción-rápida" →
 * "accion-rapida"), or one made from the title when the slug is empty.
 */
function withSlugSuggestion(error: ValidationError, input: unknown, locale: Locale): ValidationError {
  if (error.code !== "slug_invalid") return error;
  const slug = valueAt(input, ["slug"]);
  const title = valueAt(input, ["title"]);
  const from = typeof slug === "string" && slug.trim() !== "" ? slug : typeof title === "string" ? title : "";
  const suggestion = slugify(from.slice(0, 1_000), locale);
  return {
    ...error,
    message: `${error.message.replace(/ \(use the suggested slug\)\.$/, ";")} try "${suggestion}".`,
    params: { ...error.params, suggestion },
  };
}
