import { resolveCursorConnection } from "@pothos/plugin-relay";
import { type ArticleListFilter, countArticles, listArticlePage } from "@sahifa/db/reader/article-lists";
import type { ArticleCard } from "@sahifa/db/reader/articles";
import type { Locale } from "@sahifa/domain/locales";
import { ARTICLE_KINDS } from "@sahifa/domain/taxonomy";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSizeArgs } from "./cursor.ts";

/*
 * What every part of the schema needs to name articles: the Article type's reference (its
 * fields are in article.schema.ts), its kinds, its ids, and a page of an edition list. Kept
 * apart so the schema modules that list articles (tags, authors, sections…) and the article
 * type that links back to them do not import each other.
 */

/** An article as one edition publishes it (ArticleCard carries its locale, so nested fields answer in it). */
export const ArticleRef = builder.objectRef<ArticleCard>("Article");

export const ArticleKindEnum = builder.enumType("ArticleKind", {
  values: Object.fromEntries(ARTICLE_KINDS.map((kind) => [kind, { value: kind }])) as Record<
    (typeof ARTICLE_KINDS)[number],
    { value: (typeof ARTICLE_KINDS)[number] }
  >,
});

/** The articles among `ids` published in `locale`, in the order of `ids`. */
export async function loadPublished(
  context: Context,
  locale: Locale,
  ids: readonly number[],
): Promise<ArticleCard[]> {
  const cards = await context.loaders.articleById.loadMany(ids.map((id) => ({ locale, key: id })));
  return cards.filter((card): card is ArticleCard => card !== null && !(card instanceof Error));
}

export const ArticleConnection = builder.connectionObject({
  type: ArticleRef,
  name: "ArticleConnection",
  fields: (t) => ({
    totalCount: t.int({
      description:
        "How many articles the whole list holds (all pages), for paging interfaces. Counted only when asked.",
      // Every ArticleConnection comes from articlePage, which attaches the count.
      resolve: (connection) => (connection as unknown as Counted).countAll(),
    }),
  }),
});

/** A connection that can count its whole list on demand. */
interface Counted {
  countAll(): Promise<number>;
}

/**
 * One page of an edition list as a relay connection: keyset cursors (stable
 * while articles are published), at most 100 per page.
 */
export async function articlePage(
  args: { first?: number | null; last?: number | null; after?: string | null; before?: string | null },
  locale: Locale,
  filter: ArticleListFilter,
  context: Context,
) {
  pageSizeArgs(args);
  const after = args.after ? decodeCursor(args.after) : undefined;
  const before = args.before ? decodeCursor(args.before) : undefined;
  const connection = await resolveCursorConnection<Promise<readonly ArticleCard[]>>(
    {
      args,
      toCursor: (card) => encodeCursor(card.position),
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: MAX_PAGE_SIZE,
    },
    async ({ limit, inverted }): Promise<readonly ArticleCard[]> =>
      context.loaders.prime(
        await listArticlePage(context.db, { locale, filter, after, before, limit, inverted }),
      ),
  );
  const counted: Counted = { countAll: () => countArticles(context.db, locale, filter) };
  return Object.assign(connection, counted);
}

/** Article ids are positive integers; anything else names no article. */
export function parseArticleId(value: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}
