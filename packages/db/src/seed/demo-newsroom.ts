import type { Locale } from "@sahifa/domain/locales";
import { LOCALES } from "@sahifa/domain/locales";
import { FEATURE_ARTICLES } from "./content/articles-features.ts";
import { NEWS_ARTICLES } from "./content/articles-news.ts";
import { DEMO_AUTHORS } from "./content/authors.ts";
import { FEATURE_AUTHORS, FEATURE_MEDIA, FEATURE_TAGS } from "./content/features-extras.ts";
import { DEMO_MEDIA } from "./content/media.ts";
import { DEMO_TAGS } from "./content/tags.ts";
import type { SeedArticle, SeedAuthor, SeedBlock, SeedMedia, SeedTag } from "./seed-types.ts";

/** Every demo article, in id order: ids are assigned from FIRST_ARTICLE_ID in this order, so URLs stay stable. */
export const DEMO_ARTICLES: readonly SeedArticle[] = [...NEWS_ARTICLES, ...FEATURE_ARTICLES];

/** One entry per slug: the news desk's lists and the features desk's extras were written apart and may overlap. */
function bySlug<T extends { slug: string }>(...lists: ReadonlyArray<readonly T[]>): T[] {
  const seen = new Map<string, T>();
  for (const item of lists.flat()) if (!seen.has(item.slug)) seen.set(item.slug, item);
  return [...seen.values()];
}

export const SEED_AUTHORS: readonly SeedAuthor[] = bySlug(DEMO_AUTHORS, FEATURE_AUTHORS);
export const SEED_TAGS: readonly SeedTag[] = bySlug(DEMO_TAGS, FEATURE_TAGS);

export const FIRST_ARTICLE_ID = 1001;

export const LEAD_IMAGE_SIZE = { width: 1200, height: 675 } as const;
export const GALLERY_IMAGE_SIZE = { width: 1080, height: 1080 } as const;

/** Every story gets a lead image: its declared one or generated artwork named after the story. */
export function leadMediaKey(article: SeedArticle): string {
  return article.leadMedia ?? `lead-${article.key}`;
}

interface MediaUse {
  article: SeedArticle;
  inGallery: boolean;
}

function blockMediaKeys(block: SeedBlock): Array<{ key: string; inGallery: boolean }> {
  switch (block.type) {
    case "image":
      return [{ key: block.media, inGallery: false }];
    case "gallery":
      return block.items.map((item) => ({ key: item.media, inGallery: true }));
    case "video":
      return block.poster ? [{ key: block.poster, inGallery: false }] : [];
    default:
      return [];
  }
}

/** Every media key the articles reference, with the first article that uses it. */
export function referencedMedia(articles: readonly SeedArticle[]): Map<string, MediaUse> {
  const uses = new Map<string, MediaUse>();
  for (const article of articles) {
    if (!uses.has(leadMediaKey(article))) uses.set(leadMediaKey(article), { article, inGallery: false });
    for (const translation of Object.values(article.translations)) {
      for (const block of translation?.body ?? []) {
        for (const { key, inGallery } of blockMediaKeys(block)) {
          if (!uses.has(key)) uses.set(key, { article, inGallery });
        }
      }
    }
  }
  return uses;
}

const ILLUSTRATION_ALT: Record<Locale, (title: string) => string> = {
  en: (title) => `Abstract illustration for the story “${title}”`,
  ar: (title) => `رسم تجريدي مرافق لموضوع «${title}»`,
  es: (title) => `Ilustración abstracta para la noticia «${title}»`,
};
const ILLUSTRATION_CAPTION: Record<Locale, string> = {
  en: "Illustration by the Sahifa art desk",
  ar: "رسم من قسم الفنون في صحيفة",
  es: "Ilustración del equipo de arte de Sahifa",
};

/** Descriptor for a referenced image nobody declared: artwork captioned from the story's own titles. */
function illustrationFor(key: string, use: MediaUse): SeedMedia {
  const original = use.article.translations[use.article.originalLocale];
  const titleIn = (locale: Locale) => use.article.translations[locale]?.title ?? original?.title ?? key;
  const size = use.inGallery ? GALLERY_IMAGE_SIZE : LEAD_IMAGE_SIZE;
  const alt = {} as Record<Locale, string>;
  const caption = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    alt[locale] = ILLUSTRATION_ALT[locale](titleIn(locale));
    caption[locale] = ILLUSTRATION_CAPTION[locale];
  }
  return { key, ...size, credit: "Sahifa art desk", alt, caption };
}

/**
 * The full media library of the demo: the declared descriptors plus generated
 * illustrations for any key an article references without declaring it.
 */
export function demoMediaCatalogue(
  articles: readonly SeedArticle[] = DEMO_ARTICLES,
  declared: readonly SeedMedia[] = [...DEMO_MEDIA, ...FEATURE_MEDIA],
): SeedMedia[] {
  const byKey = new Map<string, SeedMedia>();
  for (const media of declared) if (!byKey.has(media.key)) byKey.set(media.key, media);
  const catalogue = [...byKey.values()];
  for (const [key, use] of referencedMedia(articles)) {
    if (!byKey.has(key)) catalogue.push(illustrationFor(key, use));
  }
  return catalogue;
}
