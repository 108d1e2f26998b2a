import type { ArticleListings } from "@sahifa/db/distribution/article-listings";
import type { Locale } from "@sahifa/domain/locales";
import { surrogateKeys } from "./surrogate-keys.ts";

/**
 * The surrogate keys a change to what readers see of an article touches in
 * the given editions: the article's pages (in every edition, whose language
 * switcher and hreflang links name each other), and each list of those
 * editions it appears in.
 */
export function publicationKeys(listings: ArticleListings, locales: Iterable<Locale>): string[] {
  const keys = new Set([surrogateKeys.article(listings.articleId)]);
  for (const locale of locales) {
    keys.add(surrogateKeys.front(locale));
    for (const slug of listings.sectionSlugs) keys.add(surrogateKeys.section(locale, slug));
    if (listings.regionSlug) keys.add(surrogateKeys.region(locale, listings.regionSlug));
    if (listings.dossierSlug) keys.add(surrogateKeys.dossier(locale, listings.dossierSlug));
    for (const slug of listings.tagSlugs) keys.add(surrogateKeys.tag(locale, slug));
    for (const slug of listings.authorSlugs) keys.add(surrogateKeys.author(locale, slug));
  }
  return [...keys];
}
