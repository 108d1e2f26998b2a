import { type FragmentOf, graphql, type ResultOf, readFragment } from "@sahifa/api-client/graphql";
import { isLocale, type Locale } from "@sahifa/domain/locales";
import { formatNewsroomDateTime } from "@sahifa/i18n/newsroom-time";
import { i18nFor } from "../i18n/i18n.ts";
import type {
  ArticlePageData,
  ArticlePageView,
  ArticleView,
  BodyBlockView,
  InlineRunView,
  TranslationLink,
} from "../model/article.ts";
import type { CoverageView } from "../model/coverage.ts";
import type { ImageView } from "../model/media.ts";
import type { PageSeo } from "../model/seo.ts";
import type { TeaserView } from "../model/teaser.ts";
import { newsArticleJsonLd } from "../seo/json-ld.ts";
import { absoluteUrl, encodePath } from "../urls.ts";
import { lastUpdate } from "./article-updated.ts";
import type { ReaderApi } from "./reader-api.ts";
import { ImageFields, TeaserFields, toImage, toTeaser } from "./teaser-fields.ts";

/** What an article page shows of the article itself; a published article and a draft preview alike. */
export const ArticlePageFields = graphql(
  `
  fragment ArticlePageFields on Article {
    id
    locale
    kind
    url
    title
    summary
    seoTitle
    seoDescription
    source
    shareCount
    readTimeMinutes
    publishedAt
    updatedAt
    notes { id kind text createdAt }
    authors { name url bio isDesk }
    section { label url parent { label url } }
    region { label url }
    leadImage { ...ImageFields }
    tags { label url }
    dossier { title description url }
    translations { locale url }
    body {
      __typename
      ... on ParagraphBlock { content { text marks href } }
      ... on HeadingBlock { level text }
      ... on QuoteBlock { text attribution }
      ... on ListBlock { ordered items { content { text marks href } } }
      ... on ImageBlock { caption image { ...ImageFields } }
      ... on GalleryBlock { items { caption image { ...ImageFields } } }
      ... on VideoBlock { url title durationSeconds poster { ...ImageFields } captions { locale url } }
      ... on RelatedBlock { articles { ...TeaserFields } }
    }
    readNext(first: 4) { ...TeaserFields }
    related(first: 2) { ...TeaserFields }
  }
`,
  [ImageFields, TeaserFields],
);

/**
 * What an article page shows around the article: the edition's most read and its running dossiers,
 * one more than MAX_COVERAGE_TABS because the article's own dossier may hold no other story.
 */
export const EditionExtrasFields = graphql(
  `
  fragment EditionExtrasFields on Query {
    edition(locale: $locale) {
      mostRead(first: 4) { ...TeaserFields }
    }
    dossiers(locale: $locale, active: true, first: 4) {
      slug
      title
      url
      active
      articles(first: 4) { edges { node { ...TeaserFields } } }
    }
  }
`,
  [TeaserFields],
);

const ArticleQuery = graphql(
  `
  query ArticlePage($locale: Locale!, $id: ID!) {
    article(id: $id, locale: $locale) { ...ArticlePageFields }
    articleTranslations(id: $id) { locale url }
    ...EditionExtrasFields
  }
`,
  [ArticlePageFields, EditionExtrasFields],
);

type ArticleData = ResultOf<typeof ArticlePageFields>;
type EditionExtras = ResultOf<typeof EditionExtrasFields>;
type BlockData = ArticleData["body"][number];
type RunData = { text: string; marks: ReadonlyArray<"bold" | "italic">; href: string | null };

export type ArticleLoadResult =
  | ({ kind: "found" } & ArticlePageView)
  | { kind: "notInEdition"; translations: TranslationLink[] }
  | { kind: "missing" };

function toRuns(runs: readonly RunData[]): InlineRunView[] {
  return runs.map((run) => ({
    text: run.text,
    ...(run.marks.includes("bold") ? { bold: true } : {}),
    ...(run.marks.includes("italic") ? { italic: true } : {}),
    ...(run.href ? { href: run.href } : {}),
  }));
}

function withCaption(image: ImageView, caption: string): ImageView {
  return { ...image, caption: caption || image.caption };
}

/** Blocks as the reader renders them; a block whose media has gone is left out rather than shown broken. */
function toBlocks(blocks: readonly BlockData[], locale: Locale, timeZone: string): BodyBlockView[] {
  return blocks.flatMap((block): BodyBlockView[] => {
    switch (block.__typename) {
      case "ParagraphBlock":
        return [{ type: "paragraph", content: toRuns(block.content) }];
      case "HeadingBlock":
        return [{ type: "heading", level: block.level === 3 ? 3 : 2, text: block.text }];
      case "QuoteBlock":
        return [{ type: "quote", text: block.text, attribution: block.attribution ?? null }];
      case "ListBlock":
        return [
          { type: "list", ordered: block.ordered, items: block.items.map((item) => toRuns(item.content)) },
        ];
      case "ImageBlock":
        return block.image
          ? [{ type: "image", image: withCaption(toImage(block.image), block.caption) }]
          : [];
      case "GalleryBlock": {
        const images = block.items.flatMap((item) =>
          item.image ? [withCaption(toImage(item.image), item.caption)] : [],
        );
        return images.length > 0 ? [{ type: "gallery", images }] : [];
      }
      case "VideoBlock":
        return [
          {
            type: "video",
            url: block.url,
            title: block.title,
            poster: block.poster ? toImage(block.poster) : null,
            durationSeconds: block.durationSeconds ?? null,
            captions: block.captions.map((track) => ({ locale: track.locale, url: track.url })),
          },
        ];
      case "RelatedBlock": {
        const articles = block.articles.map((article) => toTeaser(article, locale, timeZone));
        return articles.length > 0 ? [{ type: "related", articles }] : [];
      }
      default:
        return [];
    }
  });
}

/**
 * Every article carries the reference page's inline Related News box: where the editor placed
 * none, the API's related stories go in the middle of the text.
 */
function withRelatedBox(blocks: BodyBlockView[], related: TeaserView[]): BodyBlockView[] {
  if (related.length === 0 || blocks.some((block) => block.type === "related")) return blocks;
  const middle = Math.ceil(blocks.length / 2);
  return [...blocks.slice(0, middle), { type: "related", articles: related }, ...blocks.slice(middle)];
}

function toTranslations(list: ReadonlyArray<{ locale: string; url: string }>): TranslationLink[] {
  return list.flatMap((item) =>
    isLocale(item.locale) ? [{ locale: item.locale, url: encodePath(item.url) }] : [],
  );
}

function toArticle(article: ArticleData, locale: Locale, timeZone: string): ArticleView {
  const parent = article.section.parent;
  const updated = lastUpdate(article.publishedAt, article.updatedAt, article.notes);
  return {
    id: article.id,
    locale,
    kind: article.kind,
    url: encodePath(article.url),
    title: article.title,
    summary: article.summary,
    seoTitle: article.seoTitle ?? null,
    seoDescription: article.seoDescription ?? null,
    authors: article.authors.map((author) => ({
      name: author.name,
      url: encodePath(author.url),
      image: null,
      bio: author.bio || null,
    })),
    sourceName: article.source ?? null,
    publishedAt: article.publishedAt,
    publishedLabel: formatNewsroomDateTime(article.publishedAt, locale, timeZone),
    updatedAt: updated ?? article.updatedAt,
    updatedLabel: updated ? formatNewsroomDateTime(updated, locale, timeZone) : null,
    notes: article.notes.map((note) => ({
      id: note.id,
      kind: note.kind === "CORRECTION" ? "correction" : "editorsNote",
      text: note.text,
      createdAt: note.createdAt,
      dateLabel: formatNewsroomDateTime(note.createdAt, locale, timeZone),
    })),
    shareCount: article.shareCount,
    readMinutes: article.readTimeMinutes,
    section: { label: article.section.label, url: encodePath(article.section.url) },
    parentSection: parent ? { label: parent.label, url: encodePath(parent.url) } : null,
    region: article.region ? { label: article.region.label, url: encodePath(article.region.url) } : null,
    lead: article.leadImage ? toImage(article.leadImage) : null,
    body: withRelatedBox(
      toBlocks(article.body, locale, timeZone),
      article.related.map((item) => toTeaser(item, locale, timeZone)),
    ),
    tags: article.tags.map((tag) => ({ label: tag.label, url: encodePath(tag.url) })),
    dossier: article.dossier
      ? {
          title: article.dossier.title,
          description: article.dossier.description,
          url: encodePath(article.dossier.url),
        }
      : null,
    translations: toTranslations(article.translations),
  };
}

/** Coverage tabs: the active dossiers with their newest stories; "All" merges them newest first. */
const MAX_COVERAGE_TABS = 3;

function toCoverage(
  dossiers: EditionExtras["dossiers"],
  locale: Locale,
  timeZone: string,
  currentId: string,
): CoverageView {
  const tabs = dossiers
    .filter((dossier) => dossier.active)
    .map((dossier) => ({
      slug: dossier.slug,
      title: dossier.title,
      url: encodePath(dossier.url),
      // The page's own article is not "more coverage".
      items: dossier.articles.edges
        .map((edge) => toTeaser(edge.node, locale, timeZone))
        .filter((item) => item.id !== currentId),
    }))
    .filter((tab) => tab.items.length > 0)
    .slice(0, MAX_COVERAGE_TABS);
  const seen = new Set<string>();
  const all = tabs
    .flatMap((tab) => tab.items)
    .filter((item) => !seen.has(item.id) && seen.add(item.id))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, 4);
  return { all, dossiers: tabs };
}

/** An article page's data in one edition, its search-engine description and structured data; shared between readers, never mutated. */
export function loadArticlePage(
  api: ReaderApi,
  locale: Locale,
  id: string,
  origin: string,
): Promise<ArticleLoadResult> {
  return api.cached(`article ${locale} ${id}`, async () => {
    const answer = await api.query(ArticleQuery, { locale, id });
    if (!answer.article) {
      const translations = toTranslations(answer.articleTranslations);
      return translations.length > 0 ? { kind: "notInEdition", translations } : { kind: "missing" };
    }
    return { kind: "found", ...articlePageView(answer.article, answer, origin, api.timeZone) };
  });
}

const PreviewQuery = graphql(
  `
  query ArticlePreview($token: String!) {
    articlePreview(token: $token) { ...ArticlePageFields }
  }
`,
  [ArticlePageFields],
);

const EditionExtrasQuery = graphql(
  `
  query ArticleExtras($locale: Locale!) { ...EditionExtrasFields }
`,
  [EditionExtrasFields],
);

/**
 * A draft or in-review revision as readers will see it, through a short-lived token the API
 * signed for one revision; null when the API refuses the token. Never cached: a preview is one
 * editor's, and the draft may change between two looks.
 */
export async function loadArticlePreview(
  api: ReaderApi,
  token: string,
  origin: string,
): Promise<ArticlePageView | null> {
  const { articlePreview } = await api.query(PreviewQuery, { token });
  if (!articlePreview) return null;
  const { locale } = readFragment(ArticlePageFields, articlePreview);
  if (!isLocale(locale)) return null;
  const extras = await api.query(EditionExtrasQuery, { locale });
  return articlePageView(articlePreview, extras, origin, api.timeZone);
}

function articlePageView(
  fields: FragmentOf<typeof ArticlePageFields>,
  extrasFields: FragmentOf<typeof EditionExtrasFields>,
  origin: string,
  timeZone: string,
): ArticlePageView {
  const data = readFragment(ArticlePageFields, fields);
  const extras = readFragment(EditionExtrasFields, extrasFields);
  const locale = isLocale(data.locale) ? data.locale : "en";
  const article = toArticle(data, locale, timeZone);
  const alternates = Object.fromEntries(article.translations.map((t) => [t.locale, t.url]));
  const original = article.translations.find((t) => t.locale === "en") ?? article.translations[0];
  const brand = i18nFor(locale).t("common:brand");
  const seo: PageSeo = {
    locale,
    title: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.summary,
    origin,
    path: article.url,
    alternates,
    xDefault: original?.url ?? article.url,
    type: "article",
    // Link previews take the 1200×630 JPEG card where there is one.
    imageUrl: article.lead?.socialCard ?? article.lead?.url ?? null,
    publishedAt: article.publishedAt,
    siteName: brand,
  };
  const page: ArticlePageData = {
    article,
    mostRead: extras.edition.mostRead.map((teaser) => toTeaser(teaser, locale, timeZone)),
    readNext: data.readNext.map((teaser) => toTeaser(teaser, locale, timeZone)),
    coverage: toCoverage(extras.dossiers, locale, timeZone, article.id),
    shareUrl: absoluteUrl(origin, article.url),
  };
  return { page, seo, alternates, jsonLd: newsArticleJsonLd(article, origin, brand) };
}
