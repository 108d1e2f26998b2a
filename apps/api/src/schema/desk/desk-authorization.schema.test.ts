import { addTranslation, createArticle } from "@sahifa/db/desk/articles";
import { transitionTranslation } from "@sahifa/db/desk/translation-workflow";
import { LOCALES, type Locale } from "@sahifa/domain/locales";
import type { TranslationStatus } from "@sahifa/domain/workflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AccountName,
  contentInput,
  createDeskTestApp,
  DESK_ACCOUNTS,
  type DeskTestApp,
} from "./desk.test-app.ts";

/**
 * The desk authorization matrix over GraphQL: every account (and an
 * anonymous caller) × locale × operation (× status for the workflow), with
 * the expectation written out here by hand rather than computed by the
 * domain's can(), so a wrong rule there fails here. A refused write must
 * leave the database exactly as it was.
 */

let app: DeskTestApp;
beforeAll(async () => {
  app = await createDeskTestApp();
});
afterAll(() => app?.close());

type Operation =
  | "createArticle"
  | "addTranslation"
  | "saveTranslation"
  | "submit"
  | "publish"
  | "unpublish"
  | "archive"
  | "setTaxonomyLabel"
  | "createTag";
type Caller = AccountName | "anonymous";

const TRANSLATOR_OPS: Operation[] = ["addTranslation", "saveTranslation", "submit"];

/** The rule of DESIGN "Roles", written out. */
function expectedAllowed(caller: Caller, operation: Operation, locale: Locale): boolean {
  if (caller === "anonymous") return false;
  const account = DESK_ACCOUNTS[caller];
  if (account.role === "admin") return true;
  if (!(account.locales as readonly Locale[]).includes(locale)) return false;
  if (account.role === "editor") return true;
  if (!TRANSLATOR_OPS.includes(operation)) return false;
  // Translators work on translations of their language pairs (without explicit pairs: from any edition).
  const pairs = "languagePairs" in account ? account.languagePairs : null;
  return pairs === null || pairs.some((pair) => pair.source === sourceOf(locale) && pair.target === locale);
}

/** The original language of the translations the matrix works on in `locale`. */
function sourceOf(locale: Locale): Locale {
  return locale === "en" ? "es" : "en";
}

/** Operations on one translation act on a translation from sourceOf(locale), so translators' pairs apply. */
const ON_TRANSLATION: Operation[] = ["saveTranslation", "submit", "publish", "unpublish", "archive"];

const CALLERS: Caller[] = [...(Object.keys(DESK_ACCOUNTS) as AccountName[]), "anonymous"];
const OPERATIONS: Operation[] = [
  "createArticle",
  "addTranslation",
  "saveTranslation",
  "submit",
  "publish",
  "unpublish",
  "archive",
  "setTaxonomyLabel",
  "createTag",
];

let serial = 0;
/** A fresh translation in `locale` with the given status (an original unless `translationOf` is set). */
async function makeTranslation(locale: Locale, status: TranslationStatus, translationOf?: Locale) {
  serial += 1;
  const original = translationOf ?? locale;
  const created = await createArticle(
    app.db,
    {
      kind: "news",
      sectionPath: "news",
      originalLocale: original,
      content: contentInput(`Matrix story ${serial}`, "Text."),
    },
    null,
  );
  if (created.kind !== "created") throw new Error(created.kind);
  const articleId = created.translation.articleId;
  let head = created.revision.id;
  if (translationOf) {
    await transitionTranslation(app.db, { articleId, locale: original }, "publish");
    const added = await addTranslation(app.db, { articleId, locale, fillFromSource: true }, null);
    if (added.kind !== "created") throw new Error(added.kind);
    head = added.revision.id;
  }
  const key = { articleId, locale };
  if (status === "in_review") await transitionTranslation(app.db, key, "submit");
  if (status === "published" || status === "archived") await transitionTranslation(app.db, key, "publish");
  if (status === "archived") await transitionTranslation(app.db, key, "archive");
  return { articleId, head };
}

async function snapshot() {
  const [translations, revisions, articles, labels, tags] = await Promise.all([
    app.db
      .selectFrom("translations")
      .select(["article_id", "locale", "status", "head_revision_id", "published_revision_id"])
      .orderBy("article_id")
      .orderBy("locale")
      .execute(),
    app.db
      .selectFrom("revisions")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
    app.db
      .selectFrom("articles")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
    app.db.selectFrom("section_labels").selectAll().orderBy("section_id").orderBy("locale").execute(),
    app.db
      .selectFrom("tags")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return JSON.stringify({ translations, revisions, articles, labels, tags });
}

const RESULT = "__typename ... on DeskError { code message }";

async function run(
  caller: Caller,
  operation: Operation,
  locale: Locale,
): Promise<{ typename: string; code?: string }> {
  const call = caller === "anonymous" ? app.query : app.as(caller);
  let document: string;
  let variables: Record<string, unknown> = { locale };
  switch (operation) {
    case "createArticle":
      document = `mutation ($locale: Locale!, $content: TranslationContentInput!) {
        result: createArticle(originalLocale: $locale, facts: { kind: news, sectionPath: "news" }, content: $content) { ${RESULT} } }`;
      variables = { locale, content: contentInput(`Created by ${caller}`, "Text.") };
      break;
    case "addTranslation": {
      const from = sourceOf(locale);
      const { articleId } = await makeTranslation(from, "published");
      document = `mutation ($id: ID!, $locale: Locale!) { result: addTranslation(articleId: $id, locale: $locale) { ${RESULT} } }`;
      variables = { id: articleId, locale };
      break;
    }
    case "saveTranslation": {
      const { articleId, head } = await makeTranslation(locale, "draft", sourceOf(locale));
      document = `mutation ($id: ID!, $locale: Locale!, $head: ID!, $content: TranslationContentInput!) {
        result: saveTranslation(articleId: $id, locale: $locale, basedOnRevisionId: $head, content: $content) { ${RESULT} } }`;
      variables = { id: articleId, locale, head, content: contentInput("Saved", "Saved text.") };
      break;
    }
    case "setTaxonomyLabel":
      document = `mutation ($locale: Locale!) { result: setTaxonomyLabel(kind: section, key: "news/health", locale: $locale, label: "Label ${serial++}") { ${RESULT} } }`;
      break;
    case "createTag":
      // Each tag its own name: a second "Tag" would be refused as the same tag spelled again.
      serial += 1;
      document = `mutation ($locale: Locale!) { result: createTag(slug: "matrix-tag-${serial}", locale: $locale, label: "Tag ${serial}") { ${RESULT} } }`;
      break;
    default: {
      const { articleId } = await makeTranslation(
        locale,
        operation === "unpublish" ? "published" : "draft",
        ON_TRANSLATION.includes(operation) ? sourceOf(locale) : undefined,
      );
      document = `mutation ($id: ID!, $locale: Locale!) { result: ${operation}Translation(articleId: $id, locale: $locale) { ${RESULT} } }`;
      variables = { id: articleId, locale };
    }
  }
  const before = await snapshot();
  const response = await call(document, variables);
  expect(response.errors, `${caller} ${operation} ${locale}`).toBeUndefined();
  const result = response.data?.result as { __typename: string; code?: string };
  if (result.__typename === "Forbidden")
    expect(await snapshot(), `${caller} ${operation} ${locale} wrote something`).toBe(before);
  return { typename: result.__typename, ...(result.code ? { code: result.code } : {}) };
}

describe("authorization matrix: role × locale × operation", () => {
  for (const caller of CALLERS) {
    it(`${caller}`, async () => {
      const outcomes: string[] = [];
      for (const locale of LOCALES) {
        for (const operation of OPERATIONS) {
          const outcome = await run(caller, operation, locale);
          const allowed = expectedAllowed(caller, operation, locale);
          const label = `${caller} ${operation} ${locale}: ${outcome.typename}`;
          if (allowed) {
            expect(outcome.typename, label).not.toBe("Forbidden");
            expect(outcome.code, label).toBeUndefined();
          } else {
            expect(outcome, label).toEqual({
              typename: "Forbidden",
              code: caller === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
            });
          }
          outcomes.push(label);
        }
      }
      expect(outcomes).toHaveLength(LOCALES.length * OPERATIONS.length);
    });
  }
});

describe("authorization matrix: status × operation, for the locale's editor and translator", () => {
  const STATUSES: TranslationStatus[] = ["draft", "in_review", "published", "archived"];
  const ACTIONS = ["save", "submit", "reject", "publish", "unpublish", "archive", "unarchive"] as const;
  /** What the workflow allows from each status (domain/workflow.ts, written out). */
  const APPLIES: Record<(typeof ACTIONS)[number], TranslationStatus[]> = {
    save: ["draft", "in_review", "published"],
    submit: ["draft"],
    reject: ["in_review"],
    publish: ["draft", "in_review", "published"],
    unpublish: ["published"],
    archive: ["draft", "in_review", "published"],
    unarchive: ["archived"],
  };
  const SUCCESS = { save: "TranslationSaved" } as Record<string, string>;

  for (const caller of ["editorEs", "translatorEs", "editorAr"] as const) {
    it(caller, async () => {
      for (const status of STATUSES) {
        for (const action of ACTIONS) {
          const { articleId, head } = await makeTranslation("es", status, "en");
          const document =
            action === "save"
              ? `mutation ($id: ID!, $head: ID!, $content: TranslationContentInput!) {
                  result: saveTranslation(articleId: $id, locale: es, basedOnRevisionId: $head, content: $content) { ${RESULT} } }`
              : `mutation ($id: ID!) { result: ${action}Translation(articleId: $id, locale: es) { ${RESULT} } }`;
          const before = await snapshot();
          const response = await app.as(caller)(document, {
            id: articleId,
            head,
            content: contentInput("Texto", "Texto."),
          });
          const typename = (response.data?.result as { __typename: string } | undefined)?.__typename;
          const label = `${caller} ${action} on ${status}: ${typename}`;
          const permitted =
            caller === "editorEs" ||
            (caller === "translatorEs" && (action === "save" || action === "submit"));
          if (!permitted) expect(typename, label).toBe("Forbidden");
          else if (!APPLIES[action].includes(status)) expect(typename, label).toBe("InvalidTransition");
          else expect(typename, label).toBe(SUCCESS[action] ?? "TranslationStatusChanged");
          if (typename !== (SUCCESS[action] ?? "TranslationStatusChanged"))
            expect(await snapshot(), label).toBe(before);
        }
      }
    });
  }
});
