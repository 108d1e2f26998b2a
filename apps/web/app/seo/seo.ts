import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import type { PageSeo } from "../model/seo.ts";
import { absoluteUrl } from "../urls.ts";

export type { PageSeo };

/** One element of a page's head, as `<DocumentHead>` writes it. */
export type HeadTag =
  | { title: string }
  | { name: string; content: string }
  | { property: string; content: string }
  | { tagName: "link"; rel: string; href: string; hrefLang?: string; type?: string; title?: string };

export function seoMeta(seo: PageSeo): HeadTag[] {
  const { siteName } = seo;
  const canonical = absoluteUrl(seo.origin, seo.path);
  const descriptors: HeadTag[] = [
    { title: seo.title },
    { name: "description", content: seo.description },
    { tagName: "link", rel: "canonical", href: canonical },
  ];
  for (const [locale, path] of Object.entries(seo.alternates) as Array<[Locale, string]>) {
    descriptors.push({
      tagName: "link",
      rel: "alternate",
      hrefLang: LOCALE_CONFIG[locale].hreflang,
      href: absoluteUrl(seo.origin, path),
    });
  }
  descriptors.push({
    tagName: "link",
    rel: "alternate",
    hrefLang: "x-default",
    href: absoluteUrl(seo.origin, seo.xDefault),
  });
  descriptors.push(
    { property: "og:site_name", content: siteName },
    { property: "og:type", content: seo.type },
    { property: "og:title", content: seo.title },
    { property: "og:description", content: seo.description },
    { property: "og:url", content: canonical },
    { property: "og:locale", content: LOCALE_CONFIG[seo.locale].openGraphLocale },
    { name: "twitter:card", content: seo.imageUrl ? "summary_large_image" : "summary" },
  );
  for (const locale of Object.keys(seo.alternates) as Locale[]) {
    if (locale !== seo.locale) {
      descriptors.push({
        property: "og:locale:alternate",
        content: LOCALE_CONFIG[locale].openGraphLocale,
      });
    }
  }
  if (seo.imageUrl)
    descriptors.push({ property: "og:image", content: absoluteUrl(seo.origin, seo.imageUrl) });
  if (seo.publishedAt) descriptors.push({ property: "article:published_time", content: seo.publishedAt });
  if (seo.robots) descriptors.push({ name: "robots", content: seo.robots });
  return descriptors;
}

/**
 * Pages every edition has (front, sections, regions, tags, authors, dossiers): the same
 * path under each locale prefix. `rest` is the path after the locale, "" for the front page.
 */
export function everyEdition(rest: string): Partial<Record<Locale, string>> {
  return Object.fromEntries(
    (Object.keys(LOCALE_CONFIG) as Locale[]).map((locale) => [
      locale,
      rest ? `/${locale}/${rest}` : `/${locale}`,
    ]),
  );
}

/** SEO for an edition-wide page; the title gets the brand appended by the caller's meta. */
export function listingSeo(args: {
  locale: Locale;
  origin: string;
  rest: string;
  title: string;
  description: string;
  siteName: string;
}): PageSeo {
  const alternates = everyEdition(args.rest);
  return {
    locale: args.locale,
    title: args.title,
    description: args.description,
    origin: args.origin,
    path: alternates[args.locale] ?? `/${args.locale}`,
    alternates,
    xDefault: args.rest ? (alternates.en ?? "/") : "/",
    type: "website",
    siteName: args.siteName,
  };
}

/** The head of a page whose title is followed by the brand ("Title | Sahifa"). */
export function brandedMeta(seo: PageSeo | undefined): HeadTag[] {
  if (!seo) return [];
  return seoMeta({ ...seo, title: `${seo.title} | ${seo.siteName}` });
}

/**
 * A listing's SEO narrowed to the editions where it lists something: an edition whose tag,
 * region, section, author or dossier page is empty is no hreflang target, and the empty page
 * itself is `noindex` (nothing to find there). `x-default` follows English when it stays, else
 * the first edition left.
 */
export function onlyEditionsWithItems(seo: PageSeo, withItems: readonly Locale[]): PageSeo {
  const alternates = Object.fromEntries(
    Object.entries(seo.alternates).filter(([locale]) => withItems.includes(locale as Locale)),
  ) as Partial<Record<Locale, string>>;
  const first = Object.values(alternates)[0];
  const narrowed: PageSeo = { ...seo, alternates, xDefault: alternates.en ?? first ?? seo.xDefault };
  if (!withItems.includes(seo.locale)) narrowed.robots = "noindex, follow";
  return narrowed;
}
