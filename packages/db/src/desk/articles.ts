import { fillTranslationFromSource } from "@sahifa/domain/fill-from-source";
import type { Locale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { type ArticleFactsInput, resolveFacts, writeArticleLinks } from "./article-facts.ts";
import { type Invalid, invalid, type NotFound, notFound } from "./desk-results.ts";
import { type DeskTranslation, findDeskArticle, findDeskTranslation } from "./desk-translations.ts";
import { diffFacts, recordFactChange } from "./fact-history.ts";
import { type DeskRevision, getRevision } from "./revision-rows.ts";
import { insertTag } from "./taxonomy-labels.ts";
import { appendRevision, checkContent, type TranslationContentInput } from "./translation-content.ts";

export interface NewArticleInput extends ArticleFactsInput {
  originalLocale: Locale;
  content: TranslationContentInput;
}

export interface Created {
  kind: "created";
  translation: DeskTranslation;
  revision: DeskRevision;
}

/** An original article: its facts and the first revision of its original-language draft, in one transaction. */
export async function createArticle(
  db: Kysely<Database>,
  input: NewArticleInput,
  authorUserId: number | null,
): Promise<Created | Invalid> {
  const content = checkContent(input.content, input.originalLocale);
  if (!("ok" in content)) return content;
  return refusedOrDone(async () =>
    db.transaction().execute(async (trx) => {
      const facts = await resolveFacts(trx, input);
      if (!("ok" in facts)) return facts;
      const f = facts.value;
      f.tagIds.push(...(await createNewTags(trx, input.newTags, input.originalLocale)));
      const article = await trx
        .insertInto("articles")
        .values({
          kind: f.kind,
          section_id: f.sectionId,
          region_id: f.regionId,
          dossier_id: f.dossierId,
          original_locale: input.originalLocale,
          source_name: f.sourceName,
          lead_media_id: f.leadMediaId,
          created_by: authorUserId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await writeArticleLinks(trx, article.id, f);
      const revisionId = await appendRevision(trx, content.value, {
        articleId: article.id,
        locale: input.originalLocale,
        basedOnRevisionId: null,
        sourceRevisionId: null,
        authorUserId,
        note: "Created",
      });
      await trx
        .insertInto("translations")
        .values({
          article_id: article.id,
          locale: input.originalLocale,
          status: "draft",
          head_revision_id: revisionId,
        })
        .execute();
      await recordFactChange(
        trx,
        article.id,
        authorUserId,
        diffFacts(null, (await findDeskArticle(trx, article.id))!),
      );
      const key = { articleId: article.id, locale: input.originalLocale };
      return created(trx, key, revisionId);
    }),
  );
}

/** A refusal met half-way through a transaction: thrown so the transaction rolls back, then answered. */
class Refused extends Error {
  constructor(readonly result: Invalid) {
    super("refused");
  }
}

async function refusedOrDone<T>(work: () => Promise<T>): Promise<T | Invalid> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** Creates the tags an editor typed while writing; one spelled like an existing tag refuses the whole save. */
async function createNewTags(
  trx: Kysely<Database>,
  tags: ArticleFactsInput["newTags"],
  locale: Locale,
): Promise<number[]> {
  const ids: number[] = [];
  for (const [index, tag] of (tags ?? []).entries()) {
    const result = await insertTag(trx, { ...tag, locale });
    if (result.kind !== "tag_created") {
      throw new Refused({
        ...result,
        errors: result.errors.map((e) => ({ ...e, field: `newTags[${index}].${e.field}` })),
      });
    }
    ids.push(result.id);
  }
  return ids;
}

async function created(db: Kysely<Database>, key: { articleId: number; locale: Locale }, revisionId: number) {
  const translation = await findDeskTranslation(db, key);
  if (!translation)
    throw new Error(`Translation ${key.articleId}/${key.locale} vanished inside its transaction`);
  return { kind: "created", translation, revision: await getRevision(db, revisionId) } as const;
}

export interface NewTranslationInput {
  articleId: number;
  locale: Locale;
  /** The first draft; ignored when fillFromSource is set. */
  content?: TranslationContentInput | null | undefined;
  /**
   * Start from a copy of the source (the original's published revision, else
   * its head): same blocks, text still in the source language, to be replaced.
   */
  fillFromSource?: boolean | undefined;
}

export interface AlreadyExists {
  kind: "already_exists";
  translation: DeskTranslation;
}

/** Starts a translation of an existing article in another locale, as a draft. */
export async function addTranslation(
  db: Kysely<Database>,
  input: NewTranslationInput,
  authorUserId: number | null,
): Promise<Created | Invalid | NotFound | AlreadyExists> {
  return db.transaction().execute(async (trx) => {
    // Lock the article so two desks adding the same edition at once get one translation and one AlreadyExists.
    const article = await trx
      .selectFrom("articles")
      .select(["id", "original_locale"])
      .where("id", "=", input.articleId)
      .forUpdate()
      .executeTakeFirst();
    if (!article) return notFound(`No article ${input.articleId}.`);
    if (article.original_locale === input.locale) {
      return invalid(
        "locale",
        `Article ${article.id} was written in ${input.locale}: edit the original instead.`,
      );
    }
    const existing = await findDeskTranslation(trx, input);
    if (existing) return { kind: "already_exists", translation: existing } as const;

    const source = await trx
      .selectFrom("translations as t")
      .innerJoin("revisions as r", (join) =>
        join.on((eb) => eb("r.id", "=", eb.fn.coalesce("t.published_revision_id", "t.head_revision_id"))),
      )
      .selectAll("r")
      .where("t.article_id", "=", article.id)
      .where("t.locale", "=", article.original_locale)
      .executeTakeFirst();
    if (!source) return notFound(`Article ${article.id} has no original text to translate from.`);

    let contentInput: TranslationContentInput;
    if (input.fillFromSource || !input.content) {
      contentInput = fillTranslationFromSource(
        {
          title: source.title,
          slug: source.slug,
          summary: source.summary,
          body: source.body,
          seoTitle: source.seo_title,
          seoDescription: source.seo_description,
        },
        input.locale,
      );
    } else {
      contentInput = input.content;
    }
    const content = checkContent(contentInput, input.locale);
    if (!("ok" in content)) return content;

    const revisionId = await appendRevision(trx, content.value, {
      articleId: article.id,
      locale: input.locale,
      basedOnRevisionId: null,
      sourceRevisionId: source.id,
      authorUserId,
      note: input.fillFromSource || !input.content ? "Filled from source" : "Started",
    });
    await trx
      .insertInto("translations")
      .values({ article_id: article.id, locale: input.locale, status: "draft", head_revision_id: revisionId })
      .execute();
    return created(trx, input, revisionId);
  });
}

/**
 * Changes an article's language-neutral facts (section, region, tags, authors, …); every edition
 * shows them. The change is kept in the article's fact history (who, when, each field before and after).
 */
export async function updateArticleFacts(
  db: Kysely<Database>,
  articleId: number,
  input: ArticleFactsInput,
  userId: number | null = null,
): Promise<{ kind: "updated" } | Invalid | NotFound> {
  return refusedOrDone(() =>
    db.transaction().execute(async (trx) => {
      const article = await trx
        .selectFrom("articles")
        .select(["id", "original_locale"])
        .where("id", "=", articleId)
        .forUpdate()
        .executeTakeFirst();
      if (!article) return notFound(`No article ${articleId}.`);
      const facts = await resolveFacts(trx, input);
      if (!("ok" in facts)) return facts;
      const f = facts.value;
      const before = await findDeskArticle(trx, articleId);
      f.tagIds.push(...(await createNewTags(trx, input.newTags, article.original_locale)));
      await trx
        .updateTable("articles")
        .set({
          kind: f.kind,
          section_id: f.sectionId,
          region_id: f.regionId,
          dossier_id: f.dossierId,
          source_name: f.sourceName,
          lead_media_id: f.leadMediaId,
          updated_at: new Date(),
        })
        .where("id", "=", articleId)
        .execute();
      await writeArticleLinks(trx, articleId, f);
      const after = await findDeskArticle(trx, articleId);
      await recordFactChange(trx, articleId, userId, diffFacts(before ?? null, after!));
      return { kind: "updated" } as const;
    }),
  );
}
