import type { Locale } from "@sahifa/domain/locales";
import type { HeadTag } from "./seo.ts";

/**
 * Autodiscovery of a page's feeds (RSS 2.0 and Atom), which the API generates and the reader
 * app relays at the same paths: `/{locale}/rss.xml` for the edition, `/{locale}/{kind}/{key}/rss.xml`
 * for a section, region, tag, author or dossier. `scope` is that `{kind}/{key}` ("" for the edition),
 * its segments already percent-encoded.
 */
export function feedLinks(locale: Locale, scope: string, title: string): HeadTag[] {
  const base = scope ? `/${locale}/${scope}` : `/${locale}`;
  return [
    {
      tagName: "link",
      rel: "alternate",
      type: "application/rss+xml",
      title: `${title} (RSS)`,
      href: `${base}/rss.xml`,
    },
    {
      tagName: "link",
      rel: "alternate",
      type: "application/atom+xml",
      title: `${title} (Atom)`,
      href: `${base}/atom.xml`,
    },
  ];
}
