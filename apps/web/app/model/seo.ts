import type { Locale } from "@sahifa/domain/locales";

/** What a route knows about its page for search engines and link previews. */
export interface PageSeo {
  locale: Locale;
  title: string;
  description: string;
  /** Absolute origin for canonical/hreflang/og:url (PUBLIC_ORIGIN, never the request's Host). */
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
  siteName: string;
}
