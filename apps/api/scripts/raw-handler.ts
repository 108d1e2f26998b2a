import { createServer } from "node:http";
import type { Database } from "@sahifa/db/database";
import { listArticlePage, listLatestBySection, listMostRead } from "@sahifa/db/reader/article-lists";
import {
  type ArticleCardRow,
  findArticleCardsBySlug,
  findPublishedEditions,
  findPublishedRevisionContent,
  toArticleCard,
} from "@sahifa/db/reader/articles";
import { findAuthorsOfArticles } from "@sahifa/db/reader/authors";
import { listBreakingItems } from "@sahifa/db/reader/breaking";
import { findMedia } from "@sahifa/db/reader/media";
import { findTagsOfArticles, listSections } from "@sahifa/db/reader/taxonomy";
import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import { readTimeMinutes } from "@sahifa/domain/read-time";
import {
  type CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from "kysely";
import type pg from "pg";

/**
 * The benchmark's baseline: node:http + pg answering the article and front-page
 * queries with the same SQL statements the API sends (compiled once from the
 * same reader functions, never through GraphQL) and the same JSON.
 */

// ---- SQL the raw handler sends: compiled (never run) from the reader queries the API uses.

const captured: CompiledQuery[] = [];
const compileOnly = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
  log: (event) => {
    if (event.level === "query") captured.push(event.query);
  },
});

/** The statement `run` sends, with its parameters; cached per key (e.g. the number of ids in an `in` list). */
const statements = new Map<string, Promise<CompiledQuery>>();
/** Compiles run one at a time: they share `captured`. */
let compiling: Promise<unknown> = Promise.resolve();
function statement(key: string, run: (db: Kysely<Database>) => Promise<unknown>): Promise<CompiledQuery> {
  let compiled = statements.get(key);
  if (!compiled) {
    compiled = compiling.then(async () => {
      captured.length = 0;
      await run(compileOnly);
      const [query] = captured;
      if (!query) throw new Error(`no statement for ${key}`);
      return query;
    });
    compiling = compiled;
    statements.set(key, compiled);
  }
  return compiled;
}
/** Stands for "now" in compiled statements. */
const NOW = new Date(0);
/** Placeholder ids -1…-n stand for the real ids in a compiled `in` list. */
const placeholders = (n: number) => Array.from({ length: n }, (_, i) => -(i + 1));
function bind(compiled: CompiledQuery, values: Map<unknown, unknown>): unknown[] {
  return compiled.parameters.map((p) => (values.has(p) ? values.get(p) : p));
}
function bindIds(
  compiled: CompiledQuery,
  ids: readonly number[],
  extra: Array<[unknown, unknown]> = [],
): unknown[] {
  return bind(
    compiled,
    new Map<unknown, unknown>([...ids.map((id, i) => [-(i + 1), id] as [number, number]), ...extra]),
  );
}

export function rawHandler(pool: pg.Pool) {
  const run = async <R>(compiled: CompiledQuery, params: unknown[]) =>
    (await pool.query(compiled.sql, params)).rows as R[];

  async function sectionsById() {
    const rows = await run<{ id: number; path: string; locale: Locale | null; label: string | null }>(
      await statement("sections", (db) => listSections(db)),
      [],
    );
    const byId = new Map<number, { path: string; labels: Partial<Record<Locale, string>> }>();
    for (const row of rows) {
      const node = byId.get(row.id) ?? { path: row.path, labels: {} };
      if (row.locale && row.label) node.labels[row.locale] = row.label;
      byId.set(row.id, node);
    }
    return byId;
  }

  /** Each top-level section followed by its children, as the API orders front-page blocks. */
  function navigationOrder(sections: Map<number, { path: string; labels: Partial<Record<Locale, string>> }>) {
    const entries = [...sections.entries()];
    return entries
      .filter(([, s]) => !s.path.includes("/"))
      .flatMap((top) => [top, ...entries.filter(([, s]) => s.path.startsWith(`${top[1].path}/`))]);
  }

  async function article(slug: string, locale: Locale) {
    const bySlug = await statement(`slug:${locale}`, (db) => findArticleCardsBySlug(db, locale, ["$slug"]));
    const [row] = await run<ArticleCardRow>(bySlug, bind(bySlug, new Map([["$slug", slug]])));
    if (!row) return null;
    const card = toArticleCard(row);
    const ids = [card.id];
    const [sections, authors, tags, media, bodies, editions] = await Promise.all([
      sectionsById(),
      statement(`authors:${locale}:1`, (db) => findAuthorsOfArticles(db, locale, placeholders(1))).then((s) =>
        run<{ name: string }>(s, bindIds(s, ids)),
      ),
      statement(`tags:${locale}:1`, (db) => findTagsOfArticles(db, locale, placeholders(1))).then((s) =>
        run<{ label: string }>(s, bindIds(s, ids)),
      ),
      statement(`media:${locale}:1`, (db) => findMedia(db, locale, placeholders(1))).then((s) =>
        run<{ path: string; alt: string; width: number; height: number; caption: string }>(
          s,
          bindIds(s, [card.leadMediaId ?? 0]),
        ),
      ),
      statement("bodies:1", (db) => findPublishedRevisionContent(db, placeholders(1))).then((s) =>
        run<{ body: BodyBlock[] }>(s, bindIds(s, [card.publishedRevisionId])),
      ),
      statement("editions:1", (db) => findPublishedEditions(db, placeholders(1))).then((s) =>
        run<{ locale: Locale; published_slug: string; section_id: number }>(s, bindIds(s, ids)),
      ),
    ]);
    const section = sections.get(card.sectionId);
    const body = bodies[0]?.body ?? [];
    const image = media[0];
    return {
      id: String(card.id),
      title: card.title,
      summary: card.summary,
      url: `/${locale}/${section?.path}/${card.id}/${card.slug}`,
      publishedAt: card.publishedAt.toISOString(),
      readTimeMinutes: readTimeMinutes(body, locale),
      shareCount: card.shareCount,
      source: card.sourceName,
      section: { label: section?.labels[locale], path: section?.path },
      authors: authors.map((a) => ({ name: a.name })),
      tags: tags.map((t) => ({ label: t.label })),
      leadImage: image && {
        url: image.path,
        alt: image.alt,
        width: image.width,
        height: image.height,
        caption: image.caption,
      },
      body: body.map((block) =>
        block.type === "paragraph"
          ? { __typename: "ParagraphBlock", content: block.content.map((run) => ({ text: run.text })) }
          : { __typename: "Other" },
      ),
      translations: editions.map((e) => ({
        locale: e.locale,
        slug: e.published_slug,
        url: `/${e.locale}/${sections.get(e.section_id)?.path}/${card.id}/${e.published_slug}`,
      })),
    };
  }

  async function front(locale: Locale) {
    const sections = await sectionsById();
    const sectionIds = [...sections.keys()];
    const since = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
    const [leadRows, latestRows, mostReadRows, breakingRows] = await Promise.all([
      statement(`lead:${locale}`, (db) =>
        listArticlePage(db, { locale, filter: { by: "edition" }, limit: 1, inverted: false }),
      ).then((s) => run<ArticleCardRow>(s, s.parameters as unknown[])),
      statement(`latest:${locale}:${sectionIds.length}`, (db) =>
        listLatestBySection(db, locale, placeholders(sectionIds.length), 4),
      ).then((s) => run<ArticleCardRow & { group_id: number }>(s, bindIds(s, sectionIds))),
      statement(`mostRead:${locale}`, (db) => listMostRead(db, locale, "$since", 5)).then((s) =>
        run<ArticleCardRow>(s, bind(s, new Map([["$since", since]]))),
      ),
      statement(`breaking:${locale}`, (db) => listBreakingItems(db, locale, NOW, 10)).then((s) =>
        run<{ text: string; url: string | null }>(s, bind(s, new Map<unknown, unknown>([[NOW, new Date()]]))),
      ),
    ]);
    const lead = leadRows[0] ? toArticleCard(leadRows[0]) : null;
    const latest = latestRows.map((row) => ({ sectionId: row.group_id, card: toArticleCard(row) }));
    const ids = [...new Set(latest.map((l) => l.card.id))];
    const mediaIds = [...new Set([lead?.leadMediaId, ...latest.map((l) => l.card.leadMediaId)])].filter(
      (id): id is number => typeof id === "number",
    );
    const [authors, media] = await Promise.all([
      statement(`authors:${locale}:${ids.length}`, (db) =>
        findAuthorsOfArticles(db, locale, placeholders(ids.length)),
      ).then((s) => run<{ article_id: number; name: string }>(s, bindIds(s, ids))),
      statement(`media:${locale}:${mediaIds.length}`, (db) =>
        findMedia(db, locale, placeholders(mediaIds.length)),
      ).then((s) => run<{ id: number; path: string; alt: string }>(s, bindIds(s, mediaIds))),
    ]);
    const image = (id: number | null) => {
      const m = media.find((x) => x.id === id);
      return m ? { url: m.path, alt: m.alt } : null;
    };
    const url = (card: { id: number; sectionId: number; slug: string }) =>
      `/${locale}/${sections.get(card.sectionId)?.path}/${card.id}/${card.slug}`;
    return {
      lead: lead && {
        id: String(lead.id),
        title: lead.title,
        summary: lead.summary,
        url: url(lead),
        leadImage: image(lead.leadMediaId),
      },
      sections: navigationOrder(sections)
        .map(([id, section]) => ({
          section: { label: section.labels[locale], url: `/${locale}/${section.path}` },
          articles: latest
            .filter((l) => l.sectionId === id)
            .map(({ card }) => ({
              id: String(card.id),
              title: card.title,
              url: url(card),
              publishedAt: card.publishedAt.toISOString(),
              authors: authors.filter((a) => a.article_id === card.id).map((a) => ({ name: a.name })),
              leadImage: image(card.leadMediaId),
            })),
        }))
        .filter((block) => block.articles.length > 0),
      mostRead: mostReadRows
        .map(toArticleCard)
        .map((card) => ({ id: String(card.id), title: card.title, url: url(card) })),
      breaking: breakingRows.map((b) => ({ text: b.text, url: b.url })),
    };
  }

  return createServer(async (request, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    try {
      const { variables } = JSON.parse(body) as { variables: { slug?: string; locale: Locale } };
      const data =
        request.url === "/article"
          ? { article: await article(variables.slug ?? "", variables.locale) }
          : { edition: await front(variables.locale) };
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ data }));
    } catch (error) {
      response.writeHead(500);
      response.end(String(error));
    }
  });
}
