import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import type { MetaDescriptor } from "react-router";
import { absoluteUrl } from "./urls.ts";

/** What a loader knows about its page for search engines and link previews. */
export interface PageSeo {
  locale: Locale;
  title: string;
  description: string;
  /** Absolute origin for canonical/hreflang/og:url (PUBLIC_ORIGIN or the request's). */
  origin: string;
  path: string;
  /** Only editions that really have this page (DESIGN: hreflang for each edition that has it). */
  alternates: Partial<Record<Locale, string>>;
  /** The page a reader with no matching language should get. */
  xDefault: string;
  type: "website" | "article";
  imageUrl?: string | null;
  publishedAt?: string;
  robots?: string;
  /** The brand, worded by the loader so `meta` needs no translations in the browser. */
  siteName: string;
}

export function seoMeta(seo: PageSeo): MetaDescriptor[] {
  const { siteName } = seo;
  const canonical = absoluteUrl(seo.origin, seo.path);
  const descriptors: MetaDescriptor[] = [
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

/** `meta` for a page whose title is followed by the brand ("Title | Sahifa"). */
export function brandedMeta(seo: PageSeo | undefined): MetaDescriptor[] {
  if (!seo) return [];
  return seoMeta({ ...seo, title: `${seo.title} | ${seo.siteName}` });
}
