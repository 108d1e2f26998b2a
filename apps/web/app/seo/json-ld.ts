import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import type { ArticleView } from "../model/article.ts";
import { absoluteUrl } from "../urls.ts";

/**
 * JSON for a <script> element. `<` is escaped so a title containing "</script>" cannot
 * close the element; U+2028/2029 are escaped for old parsers that treat them as newlines.
 */
export function serializeJsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** schema.org NewsArticle with its language and links to the same story in the other editions. */
export function newsArticleJsonLd(article: ArticleView, origin: string, publisherName: string) {
  const url = absoluteUrl(origin, article.url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    description: article.summary,
    inLanguage: LOCALE_CONFIG[article.locale].hreflang,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    articleSection: article.section.label,
    ...(article.lead ? { image: [absoluteUrl(origin, article.lead.url)] } : {}),
    author: article.authors.map((author) => ({
      "@type": "Person",
      name: author.name,
      url: absoluteUrl(origin, author.url),
    })),
    publisher: { "@type": "NewsMediaOrganization", name: publisherName, url: absoluteUrl(origin, "/") },
    keywords: article.tags.map((tag) => tag.label).join(", "),
    workTranslation: article.translations
      .filter((translation) => translation.locale !== article.locale)
      .map((translation) => ({
        "@type": "NewsArticle",
        "@id": absoluteUrl(origin, translation.url),
        url: absoluteUrl(origin, translation.url),
        inLanguage: LOCALE_CONFIG[translation.locale].hreflang,
      })),
  };
}
