import type { Database } from "@sahifa/db/database";
import { type ArticleListFilter, listArticlePage } from "@sahifa/db/reader/article-lists";
import { findAuthorsBySlug, findAuthorsOfArticles } from "@sahifa/db/reader/authors";
import { findMedia, type MediaItem } from "@sahifa/db/reader/media";
import {
  findDossiersBySlug,
  findTagsBySlug,
  findTagsOfArticles,
  type Labels,
  listRegions,
  listSections,
} from "@sahifa/db/reader/taxonomy";
import type { Locale } from "@sahifa/domain/locales";
import { resources } from "@sahifa/i18n/resources";
import type { Kysely } from "kysely";
import { renditionsFor } from "../schema/image.schema.ts";
import { readerPaths } from "../urls.ts";
import { type FeedScope, publicUrl } from "./distribution-paths.ts";

/** How many of the newest articles a feed carries. */
export const FEED_SIZE = 50;

export interface FeedImage {
  url: string;
  type: string;
  width: number;
  height: number;
  description: string;
}

export interface FeedItem {
  articleId: number;
  /** Names the article in this edition for ever: edits, new slugs and new sections keep it. */
  guid: string;
  title: string;
  url: string;
  summary: string;
  firstPublished: Date;
  updated: Date;
  authors: string[];
  /** The section first, then the tags, in the feed's language. */
  categories: string[];
  image: FeedImage | null;
}

export interface FeedContent {
  locale: Locale;
  title: string;
  description: string;
  /** The reader page the feed follows. */
  pageUrl: string;
  /** Newest update among the items (or `now` for an empty feed). */
  updated: Date;
  items: FeedItem[];
}

interface ResolvedScope {
  filter: ArticleListFilter;
  /** Label of the section, region, tag, author or dossier; null for the whole edition. */
  label: string | null;
  description: string | null;
  pagePath: string;
}

/** The newest published articles of a scope in one edition; null when the scope does not exist. */
export async function loadFeedContent(
  db: Kysely<Database>,
  options: { locale: Locale; scope: FeedScope; origin: string; now: Date },
): Promise<FeedContent | null> {
  const { locale, origin } = options;
  const sections = await listSections(db);
  const scope = await resolveScope(db, locale, options.scope, sections);
  if (!scope) return null;
  const cards = await listArticlePage(db, {
    locale,
    filter: scope.filter,
    limit: FEED_SIZE,
    inverted: false,
  });
  const ids = cards.map((card) => card.id);
  const [authors, tags, media] = await Promise.all([
    findAuthorsOfArticles(db, locale, ids),
    findTagsOfArticles(db, locale, ids),
    findMedia(
      db,
      locale,
      cards.flatMap((card) => (card.leadMediaId === null ? [] : [card.leadMediaId])),
    ),
  ]);
  const sectionsById = new Map(sections.map((section) => [section.id, section]));
  const mediaById = new Map(media.map((item) => [item.id, item]));
  const items = cards.map((card): FeedItem => {
    const section = sectionsById.get(card.sectionId);
    const image = card.leadMediaId === null ? undefined : mediaById.get(card.leadMediaId);
    return {
      articleId: card.id,
      guid: articleGuid(origin, locale, card.id),
      title: card.title,
      url: publicUrl(origin, readerPaths.article(locale, section?.path ?? "", card.id, card.slug)),
      summary: card.summary,
      firstPublished: card.publishedAt,
      updated: card.updatedAt,
      authors: authors.filter((a) => a.articleId === card.id).map((a) => a.author.name),
      categories: [
        ...(section ? [label(section.labels, locale, section.slug)] : []),
        ...tags.filter((t) => t.articleId === card.id).map((t) => t.tag.label),
      ],
      image: feedImage(origin, image),
    };
  });
  const common = resources[locale].common;
  return {
    locale,
    title: scope.label ? `${common.brand}: ${scope.label}` : common.brand,
    description: scope.description || common.tagline,
    pageUrl: publicUrl(origin, scope.pagePath),
    updated: newest(items) ?? options.now,
    items,
  };
}

async function resolveScope(
  db: Kysely<Database>,
  locale: Locale,
  scope: FeedScope,
  sections: Awaited<ReturnType<typeof listSections>>,
): Promise<ResolvedScope | null> {
  switch (scope.kind) {
    case "edition":
      return {
        filter: { by: "edition" },
        label: null,
        description: null,
        pagePath: readerPaths.edition(locale),
      };
    case "section": {
      const section = sections.find((s) => s.path === scope.path);
      if (!section) return null;
      const sectionIds = sections
        .filter((s) => s.path === section.path || s.path.startsWith(`${section.path}/`))
        .map((s) => s.id);
      return {
        filter: { by: "sections", sectionIds },
        label: label(section.labels, locale, section.slug),
        description: null,
        pagePath: readerPaths.section(locale, section.path),
      };
    }
    case "region": {
      const region = (await listRegions(db)).find((r) => r.slug === scope.slug);
      if (!region) return null;
      return {
        filter: { by: "region", regionId: region.id },
        label: label(region.labels, locale, region.slug),
        description: null,
        pagePath: readerPaths.region(locale, region.slug),
      };
    }
    case "tag": {
      const [tag] = await findTagsBySlug(db, locale, [scope.slug]);
      if (!tag) return null;
      return {
        filter: { by: "tag", tagId: tag.id },
        label: tag.label,
        description: null,
        pagePath: readerPaths.tag(locale, tag.slug),
      };
    }
    case "author": {
      const [author] = await findAuthorsBySlug(db, locale, [scope.slug]);
      if (!author) return null;
      return {
        filter: { by: "author", authorId: author.id },
        label: author.name,
        description: author.bio || null,
        pagePath: readerPaths.author(locale, author.slug),
      };
    }
    case "dossier": {
      const [dossier] = await findDossiersBySlug(db, locale, [scope.slug]);
      if (!dossier) return null;
      return {
        filter: { by: "dossier", dossierId: dossier.id },
        label: dossier.title,
        description: dossier.description || null,
        pagePath: readerPaths.dossier(locale, dossier.slug),
      };
    }
  }
}

/** A tag URI (RFC 4151) on the site's host: a GUID and an Atom id that survives slug and section changes. */
export function articleGuid(origin: string, locale: Locale, articleId: number): string {
  return `tag:${new URL(origin).hostname},2026:article/${articleId}/${locale}`;
}

function newest(items: FeedItem[]): Date | null {
  let latest: Date | null = null;
  for (const item of items) if (latest === null || item.updated > latest) latest = item.updated;
  return latest;
}

/** A taxonomy label in the edition's language, falling back to English, then the slug (as reader pages do). */
function label(labels: Labels, locale: Locale, slug: string): string {
  return labels[locale] ?? labels.en ?? slug;
}

/** A feed item's picture: the 1200×630 JPEG card of an image (the file itself for an SVG without one). */
function feedImage(origin: string, image: MediaItem | undefined): FeedImage | null {
  if (image?.kind !== "image") return null;
  const card = renditionsFor(image, "card", ["jpeg"])[0];
  if (card) {
    return {
      url: publicUrl(origin, card.url),
      type: "image/jpeg",
      width: card.width,
      height: card.height,
      description: image.alt,
    };
  }
  if (image.path === null) return null;
  const { width, height, mimeType: type } = image;
  return { url: publicUrl(origin, image.path), type, width, height, description: image.alt };
}
