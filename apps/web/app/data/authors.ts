import { graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import type { AuthorListItem } from "../model/author.ts";
import { encodePath } from "../urls.ts";
import type { ReaderApi } from "./reader-api.ts";

const AuthorsQuery = graphql(`
  query Authors($locale: Locale!) {
    authors(locale: $locale) { name url bio isDesk }
  }
`);

/** The bylines with something published in the edition, by name. */
export function loadAuthors(api: ReaderApi, locale: Locale): Promise<AuthorListItem[]> {
  return api.cached(`authors ${locale}`, async () => {
    const data = await api.query(AuthorsQuery, { locale });
    return data.authors.map((author) => ({
      name: author.name,
      url: encodePath(author.url),
      bio: author.bio || null,
      isDesk: author.isDesk,
    }));
  });
}
