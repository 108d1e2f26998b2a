import type { Locale } from "@sahifa/domain/locales";
import { graphql } from "../graphql/graphql.ts";
import { readerQuery } from "../graphql/reader-query.server.ts";
import { encodePath } from "../urls.ts";

const AuthorsQuery = graphql(`
  query Authors($locale: Locale!) {
    authors(locale: $locale) { name url bio isDesk }
  }
`);

export interface AuthorListItem {
  name: string;
  url: string;
  bio: string | null;
  isDesk: boolean;
}

/** The bylines with something published in the edition, by name. */
export async function loadAuthors(locale: Locale): Promise<AuthorListItem[]> {
  const data = await readerQuery(AuthorsQuery, { locale });
  return data.authors.map((author) => ({
    name: author.name,
    url: encodePath(author.url),
    bio: author.bio || null,
    isDesk: author.isDesk,
  }));
}
