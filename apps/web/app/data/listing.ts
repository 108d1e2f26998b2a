import { type FragmentOf, graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import type { ListingView } from "../model/listing.ts";
import type { ImageView } from "../model/media.ts";
import type { LabelLink } from "../model/teaser.ts";
import { encodePath } from "../urls.ts";
import type { ReaderApi } from "./reader-api.ts";
import { srcsetOf, TeaserFields, toTeaser } from "./teaser-fields.ts";

export type ListingTarget =
  | { kind: "section"; path: string }
  | { kind: "region" | "tag" | "author" | "dossier"; slug: string };

export const PAGE_SIZE = 12;

/** Where a page of a listing starts: after the last story of the page before, or before the first of the page after. */
export type PageCursor = { after: string } | { before: string } | null;

const SectionListing = graphql(
  `
  query SectionListing($locale: Locale!, $path: String!, $first: Int, $after: String, $last: Int, $before: String) {
    section(locale: $locale, path: $path) {
      label
      parent { label url }
      children { label url }
      articles(first: $first, after: $after, last: $last, before: $before) {
        edges { node { ...TeaserFields } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`,
  [TeaserFields],
);

const RegionListing = graphql(
  `
  query RegionListing($locale: Locale!, $slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
    region(locale: $locale, slug: $slug) {
      label
      articles(first: $first, after: $after, last: $last, before: $before) {
        edges { node { ...TeaserFields } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`,
  [TeaserFields],
);

const TagListing = graphql(
  `
  query TagListing($locale: Locale!, $slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
    tag(locale: $locale, slug: $slug) {
      label
      articles(first: $first, after: $after, last: $last, before: $before) {
        edges { node { ...TeaserFields } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`,
  [TeaserFields],
);

const AuthorListing = graphql(
  `
  query AuthorListing($locale: Locale!, $slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
    author(locale: $locale, slug: $slug) {
      name
      bio
      role
      photo {
        url
        alt
        portrait: renditions(crop: SQUARE) { url width height format }
      }
      articles(first: $first, after: $after, last: $last, before: $before) {
        edges { node { ...TeaserFields } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`,
  [TeaserFields],
);

const DossierListing = graphql(
  `
  query DossierListing($locale: Locale!, $slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
    dossier(locale: $locale, slug: $slug) {
      title
      description
      articles(first: $first, after: $after, last: $last, before: $before) {
        edges { node { ...TeaserFields } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`,
  [TeaserFields],
);

function listing(
  locale: Locale,
  timeZone: string,
  head: { title: string; description: string | null; related?: LabelLink[] },
  page: {
    edges: ReadonlyArray<{ node: FragmentOf<typeof TeaserFields> }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  },
  cursor: PageCursor,
): ListingView {
  const { pageInfo } = page;
  const hasItems = page.edges.length > 0;
  // Paging forward the API need not say whether a page lies behind: one does when we came from it,
  // and likewise ahead when paging backward.
  const hasNext = cursor && "before" in cursor ? hasItems : pageInfo.hasNextPage;
  const hasPrevious = cursor && "after" in cursor ? hasItems : pageInfo.hasPreviousPage;
  return {
    title: head.title,
    description: head.description || null,
    related: head.related ?? [],
    items: page.edges.map((edge) => toTeaser(edge.node, locale, timeZone)),
    nextCursor: hasNext ? (pageInfo.endCursor ?? null) : null,
    previousCursor: hasPrevious ? (pageInfo.startCursor ?? null) : null,
  };
}

/**
 * An author's square portrait: its renditions as `srcset`s, and the largest JPEG as the
 * fallback `src` with its size; null when the photo has no renditions (a demo drawing).
 */
export function portraitOf(photo: {
  alt: string;
  portrait: ReadonlyArray<{ url: string; width: number; height: number; format: string }>;
}): ImageView | null {
  const largest = photo.portrait.filter((rendition) => rendition.format === "JPEG").at(-1);
  if (!largest) return null;
  return {
    url: encodePath(largest.url),
    sources: {
      avif: srcsetOf(photo.portrait, "AVIF"),
      webp: srcsetOf(photo.portrait, "WEBP"),
      jpeg: srcsetOf(photo.portrait, "JPEG"),
    },
    socialCard: null,
    width: largest.width,
    height: largest.height,
    alt: photo.alt,
    caption: null,
    credit: null,
  };
}

const link = (item: { label: string; url: string }): LabelLink => ({
  label: item.label,
  url: encodePath(item.url),
});

/** One page of a taxonomy listing; null when the section, region, tag, author or dossier does not exist. */
export async function loadListing(
  api: ReaderApi,
  locale: Locale,
  target: ListingTarget,
  cursor: PageCursor,
): Promise<ListingView | null> {
  const key = `listing ${locale} ${JSON.stringify(target)} ${JSON.stringify(cursor)}`;
  const { listing } = await api.cached(key, async () => ({
    listing: await fetchListing(api, locale, target, cursor),
  }));
  return listing;
}

async function fetchListing(
  api: ReaderApi,
  locale: Locale,
  target: ListingTarget,
  cursor: PageCursor,
): Promise<ListingView | null> {
  const page =
    cursor && "before" in cursor
      ? { locale, first: null, after: null, last: PAGE_SIZE, before: cursor.before }
      : { locale, first: PAGE_SIZE, after: cursor?.after ?? null, last: null, before: null };
  switch (target.kind) {
    case "section": {
      const { section } = await api.query(SectionListing, { ...page, path: target.path });
      if (!section) return null;
      const related =
        section.children.length > 0
          ? section.children.map(link)
          : section.parent
            ? [link(section.parent)]
            : [];
      return listing(
        locale,
        api.timeZone,
        { title: section.label, description: null, related },
        section.articles,
        cursor,
      );
    }
    case "region": {
      const { region } = await api.query(RegionListing, { ...page, slug: target.slug });
      return region
        ? listing(locale, api.timeZone, { title: region.label, description: null }, region.articles, cursor)
        : null;
    }
    case "tag": {
      const { tag } = await api.query(TagListing, { ...page, slug: target.slug });
      return tag
        ? listing(locale, api.timeZone, { title: tag.label, description: null }, tag.articles, cursor)
        : null;
    }
    case "author": {
      const { author } = await api.query(AuthorListing, { ...page, slug: target.slug });
      return author
        ? {
            ...listing(
              locale,
              api.timeZone,
              { title: author.name, description: author.bio },
              author.articles,
              cursor,
            ),
            profile: { role: author.role || null, photo: author.photo ? portraitOf(author.photo) : null },
          }
        : null;
    }
    case "dossier": {
      const { dossier } = await api.query(DossierListing, { ...page, slug: target.slug });
      return dossier
        ? listing(
            locale,
            api.timeZone,
            { title: dossier.title, description: dossier.description },
            dossier.articles,
            cursor,
          )
        : null;
    }
  }
}
