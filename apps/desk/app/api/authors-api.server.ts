import { graphql } from "@sahifa/api-client/graphql";
import { LOCALES, type Locale } from "@sahifa/domain/locales";
import type { PostRefusal } from "../editor/post-refusal.ts";
import { type DeskCaller, requestAs } from "./client.server.ts";
import { deskError, fieldRefusal } from "./desk-api.server.ts";
import { RefusalFields } from "./refusal-fields.ts";

/*
 * The authors pages' calls: every byline in the edition's words, one author's profile in
 * every edition with their photo and articles, and the profile and photo writes.
 */

export interface AuthorSummary {
  slug: string;
  name: string;
  role: string;
  photo: { url: string; srcset: string } | null;
}

const AuthorsQuery = graphql(`
  query DeskAuthors($locale: Locale!) {
    deskAuthors(locale: $locale) {
      slug
      name
      role
      photo {
        url
        srcset(crop: SQUARE, format: WEBP)
      }
    }
    taxonomyGaps(locale: $locale) {
      kind
      key
      missing
    }
  }
`);

/** Every byline in the edition's words, with what their profile lacks there. */
export async function listAuthors(
  caller: DeskCaller,
  locale: Locale,
): Promise<Array<AuthorSummary & { missing: string[] }>> {
  const data = await requestAs(caller, AuthorsQuery, { locale });
  const missing = new Map(
    data.taxonomyGaps.filter((gap) => gap.kind === "author").map((gap) => [gap.key, [...gap.missing]]),
  );
  return data.deskAuthors.map((author) => ({
    slug: author.slug,
    name: author.name,
    role: author.role,
    photo: author.photo ? { url: author.photo.url, srcset: author.photo.srcset } : null,
    missing: missing.get(author.slug) ?? [],
  }));
}

const AuthorQuery = graphql(`
  query DeskAuthor($slug: String!, $en: Locale!, $ar: Locale!, $es: Locale!, $ui: Locale!) {
    en: author(slug: $slug, locale: $en) {
      name
      bio
      role
    }
    ar: author(slug: $slug, locale: $ar) {
      name
      bio
      role
    }
    es: author(slug: $slug, locale: $es) {
      name
      bio
      role
    }
    own: author(slug: $slug, locale: $ui) {
      slug
      isDesk
      photo {
        id
        url
        srcset(crop: SQUARE, format: WEBP)
        alt
      }
      articles(first: 50) {
        edges {
          node {
            id
            title
            locale
            publishedAt
          }
        }
      }
    }
    gaps_en: taxonomyGaps(locale: $en) {
      kind
      key
      missing
    }
    gaps_ar: taxonomyGaps(locale: $ar) {
      kind
      key
      missing
    }
    gaps_es: taxonomyGaps(locale: $es) {
      kind
      key
      missing
    }
  }
`);

export interface AuthorProfileView {
  name: string;
  bio: string;
  role: string;
  /** What the edition's readers miss of this profile ("name", "bio", "role"). */
  missing: string[];
}

export interface AuthorDetailView {
  slug: string;
  isDesk: boolean;
  profiles: Record<Locale, AuthorProfileView>;
  photo: { id: number; url: string; srcset: string; alt: string } | null;
  articles: Array<{ id: number; title: string; locale: Locale; publishedAt: string }>;
}

/** One author in every edition; null when there is no such byline. */
export async function loadAuthor(caller: DeskCaller, slug: string): Promise<AuthorDetailView | null> {
  const data = await requestAs(caller, AuthorQuery, { slug, en: "en", ar: "ar", es: "es", ui: caller.ui });
  const own = data.own;
  if (!own) return null;
  const gaps = { en: data.gaps_en, ar: data.gaps_ar, es: data.gaps_es };
  const profiles = Object.fromEntries(
    LOCALES.map((locale) => {
      const profile = data[locale];
      const gap = gaps[locale].find((candidate) => candidate.kind === "author" && candidate.key === slug);
      return [
        locale,
        {
          name: profile?.name ?? "",
          bio: profile?.bio ?? "",
          role: profile?.role ?? "",
          missing: gap ? [...gap.missing] : [],
        },
      ];
    }),
  ) as Record<Locale, AuthorProfileView>;
  return {
    slug: own.slug,
    isDesk: own.isDesk,
    profiles,
    photo: own.photo
      ? { id: Number(own.photo.id), url: own.photo.url, srcset: own.photo.srcset, alt: own.photo.alt }
      : null,
    articles: own.articles.edges.map(({ node }) => ({
      id: Number(node.id),
      title: node.title,
      locale: node.locale,
      publishedAt: node.publishedAt,
    })),
  };
}

export type AuthorOutcome = { ok: true } | { ok: false; problem: PostRefusal };

const ProfileFields = graphql(
  `
  fragment DeskProfileResult on AuthorProfileResult @_unmask {
    __typename
    ...DeskRefusal
  }
`,
  [RefusalFields],
);

const SetProfileMutation = graphql(
  `
  mutation DeskSetAuthorProfile($slug: String!, $locale: Locale!, $name: String!, $bio: String, $role: String) {
    setAuthorProfile(slug: $slug, locale: $locale, name: $name, bio: $bio, role: $role) {
      ...DeskProfileResult
    }
  }
`,
  [ProfileFields],
);

const CreateAuthorMutation = graphql(
  `
  mutation DeskCreateAuthor($slug: String!, $locale: Locale!, $name: String!, $bio: String, $role: String, $isDesk: Boolean) {
    createAuthor(slug: $slug, locale: $locale, name: $name, bio: $bio, role: $role, isDesk: $isDesk) {
      ...DeskProfileResult
    }
  }
`,
  [ProfileFields],
);

const SetPhotoMutation = graphql(
  `
  mutation DeskSetAuthorPhoto($slug: String!, $mediaId: ID) {
    setAuthorPhoto(slug: $slug, mediaId: $mediaId) {
      ...DeskProfileResult
    }
  }
`,
  [ProfileFields],
);

function outcome(
  caller: DeskCaller,
  result: {
    __typename: string;
    code?: string;
    message?: string;
    problems?: ReadonlyArray<{ field: string; message: string }>;
  },
): AuthorOutcome {
  if (result.__typename === "AuthorProfileSet") return { ok: true };
  if (result.__typename === "ValidationError" && result.problems) {
    return {
      ok: false,
      problem: fieldRefusal({ message: result.message ?? "", problems: result.problems }, "name"),
    };
  }
  return { ok: false, problem: deskError(result, caller.ui) };
}

export async function setAuthorProfile(
  caller: DeskCaller,
  input: { slug: string; locale: Locale; name: string; bio: string; role: string },
): Promise<AuthorOutcome> {
  return outcome(caller, (await requestAs(caller, SetProfileMutation, input)).setAuthorProfile);
}

export async function createAuthor(
  caller: DeskCaller,
  input: { slug: string; locale: Locale; name: string; bio: string; role: string; isDesk: boolean },
): Promise<AuthorOutcome> {
  return outcome(caller, (await requestAs(caller, CreateAuthorMutation, input)).createAuthor);
}

/** The author's photo, an image of the media library, or none. */
export async function setAuthorPhoto(
  caller: DeskCaller,
  input: { slug: string; mediaId: number | null },
): Promise<AuthorOutcome> {
  const variables = { slug: input.slug, mediaId: input.mediaId === null ? null : String(input.mediaId) };
  return outcome(caller, (await requestAs(caller, SetPhotoMutation, variables)).setAuthorPhoto);
}
