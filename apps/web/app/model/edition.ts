import type { Locale } from "@sahifa/domain/locales";

export interface BreakingItemView {
  id: string;
  text: string;
  attribution: string | null;
  url: string | null;
  postedAt: string;
  /** Time of day, formatted on the server. */
  postedLabel: string;
}

/**
 * What every page of an edition shows around its content that comes from the API.
 * Navigation is not here: sections and regions are domain data (@sahifa/domain/taxonomy)
 * with their labels in @sahifa/i18n, so the header needs no query.
 */
export interface EditionChrome {
  locale: Locale;
  breaking: BreakingItemView[];
  /** The page's own path, which the navigation marks as current. */
  path: string;
  /** The newsroom's time zone (the ticker's times). */
  timeZone: string;
  /** The footer's year, from the server's clock. */
  year: number;
  /** When the page was rendered (epoch ms): relative times count from it until the browser's clock takes over. */
  renderedAt: number;
  /** The same page in each other edition, where it exists; the switcher's targets. */
  switcherTargets: Partial<Record<Locale, string>>;
}
