import { graphql, type ResultOf } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import { SECTION_TREE } from "@sahifa/domain/taxonomy";
import type { FrontPageView } from "../model/front.ts";
import { encodePath } from "../urls.ts";
import type { ReaderApi } from "./reader-api.ts";
import { TeaserFields, toTeaser } from "./teaser-fields.ts";

const FrontQuery = graphql(
  `
  query FrontPage($locale: Locale!, $paths: [String!]) {
    edition(locale: $locale) {
      lead { ...TeaserFields }
      sections(paths: $paths, perSection: 4) {
        section { label url }
        articles { ...TeaserFields }
      }
      mostRead(first: 4) { ...TeaserFields }
    }
    articles(locale: $locale, first: 9) {
      edges { node { ...TeaserFields } }
    }
  }
`,
  [TeaserFields],
);

/** One block per top-level section (its subsections' stories included), as the reference front page. */
const TOP_LEVEL_PATHS = SECTION_TREE.map((section) => section.slug);

export function loadFrontPage(api: ReaderApi, locale: Locale): Promise<FrontPageView> {
  return api.cached(`front ${locale}`, async () =>
    frontPageView(await api.query(FrontQuery, { locale, paths: TOP_LEVEL_PATHS }), locale, api.timeZone),
  );
}

function frontPageView(data: ResultOf<typeof FrontQuery>, locale: Locale, timeZone: string): FrontPageView {
  const lead = data.edition.lead ? toTeaser(data.edition.lead, locale, timeZone) : null;
  return {
    lead,
    // The newest stories after the lead.
    latest: data.articles.edges
      .map((edge) => toTeaser(edge.node, locale, timeZone))
      .filter((teaser) => teaser.id !== lead?.id)
      .slice(0, 8),
    sections: data.edition.sections.map((block) => ({
      section: { label: block.section.label, url: encodePath(block.section.url) },
      items: block.articles.map((article) => toTeaser(article, locale, timeZone)),
    })),
    mostRead: data.edition.mostRead.map((article) => toTeaser(article, locale, timeZone)),
  };
}
