import type { Locale } from "./locales.ts";

/** A label in every edition's language. */
export type LocalizedText = Record<Locale, string>;

/** Article kinds of the reference page; each renders differently in the editions. */
export const ARTICLE_KINDS = [
  "news",
  "opinion",
  "analysis",
  "blog",
  "feature",
  "video",
  "infograph",
  "gallery",
  "live",
] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export interface SectionDefinition {
  /** Stable key, also the URL segment (language-neutral so links survive label edits). */
  slug: string;
  label: LocalizedText;
  children?: readonly SectionDefinition[];
}

/**
 * The section tree of the reference site. Labels here are the initial
 * translations the seed stores; the desk can edit them in the database.
 */
export const SECTION_TREE: readonly SectionDefinition[] = [
  {
    slug: "news",
    label: { en: "News", ar: "أخبار", es: "Noticias" },
    children: [
      { slug: "politics", label: { en: "Politics", ar: "سياسة", es: "Política" } },
      { slug: "economy", label: { en: "Economy", ar: "اقتصاد", es: "Economía" } },
      { slug: "sports", label: { en: "Sports", ar: "رياضة", es: "Deportes" } },
      { slug: "arts-culture", label: { en: "Arts & Culture", ar: "فن وثقافة", es: "Arte y cultura" } },
      { slug: "health", label: { en: "Health", ar: "صحة", es: "Salud" } },
      { slug: "miscellaneous", label: { en: "Miscellaneous", ar: "منوعات", es: "Miscelánea" } },
      { slug: "technology", label: { en: "Technology", ar: "تكنولوجيا", es: "Tecnología" } },
      { slug: "environment", label: { en: "Environment", ar: "بيئة", es: "Medio ambiente" } },
    ],
  },
  {
    slug: "articles",
    label: { en: "Articles", ar: "مقالات", es: "Artículos" },
    children: [
      { slug: "opinion", label: { en: "Opinion", ar: "رأي", es: "Opinión" } },
      { slug: "analysis", label: { en: "Analysis", ar: "تحليل", es: "Análisis" } },
      { slug: "blog", label: { en: "Blog", ar: "مدونة", es: "Blog" } },
      { slug: "features", label: { en: "Features", ar: "تقارير", es: "Reportajes" } },
    ],
  },
  {
    slug: "videos",
    label: { en: "Videos", ar: "فيديو", es: "Vídeos" },
    children: [
      { slug: "newsfeed", label: { en: "NewsFeed", ar: "موجز الأخبار", es: "Al minuto" } },
      {
        slug: "video-features",
        label: { en: "Video Features", ar: "تقارير مصورة", es: "Reportajes en vídeo" },
      },
      { slug: "explainers", label: { en: "Explainers", ar: "شروحات", es: "Explicativos" } },
      { slug: "tv", label: { en: "TV", ar: "تلفزيون", es: "TV" } },
      { slug: "digital-series", label: { en: "Digital Series", ar: "سلاسل رقمية", es: "Series digitales" } },
    ],
  },
  { slug: "infographs", label: { en: "Infographs", ar: "إنفوغراف", es: "Infografías" } },
  { slug: "in-pictures", label: { en: "In Pictures", ar: "بالصور", es: "En imágenes" } },
];

export interface RegionDefinition {
  slug: string;
  label: LocalizedText;
}

export const REGIONS: readonly RegionDefinition[] = [
  { slug: "africa", label: { en: "Africa", ar: "أفريقيا", es: "África" } },
  { slug: "asia", label: { en: "Asia", ar: "آسيا", es: "Asia" } },
  { slug: "asia-pacific", label: { en: "Asia-Pacific", ar: "آسيا والمحيط الهادئ", es: "Asia-Pacífico" } },
  { slug: "europe", label: { en: "Europe", ar: "أوروبا", es: "Europa" } },
  { slug: "latin-america", label: { en: "Latin America", ar: "أمريكا اللاتينية", es: "América Latina" } },
  {
    slug: "mena",
    label: { en: "MENA", ar: "الشرق الأوسط وشمال أفريقيا", es: "Oriente Medio y Norte de África" },
  },
  { slug: "palestine", label: { en: "Palestine", ar: "فلسطين", es: "Palestina" } },
  { slug: "us-canada", label: { en: "US & Canada", ar: "أمريكا وكندا", es: "EE. UU. y Canadá" } },
];

/** Every section with its full path ("news/politics"), parents before children. */
export function flattenSections(
  tree: readonly SectionDefinition[] = SECTION_TREE,
  parentPath: string | null = null,
): Array<{ path: string; parentPath: string | null; definition: SectionDefinition }> {
  return tree.flatMap((definition) => {
    const path = parentPath ? `${parentPath}/${definition.slug}` : definition.slug;
    return [{ path, parentPath, definition }, ...flattenSections(definition.children ?? [], path)];
  });
}
