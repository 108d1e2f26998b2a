import { createSession } from "@sahifa/db/desk/sessions";
import { createUser } from "@sahifa/db/desk/users";
import type { Locale } from "@sahifa/domain/locales";
import type { LanguagePair } from "@sahifa/domain/permissions";
import type { Role } from "@sahifa/domain/workflow";
import { sql } from "kysely";
import { createTestApp } from "../../testing/test-app.ts";

/** Desk accounts the API tests act as, each with a live session token. */
export const DESK_ACCOUNTS = {
  admin: { role: "admin", locales: [] },
  editorEn: { role: "editor", locales: ["en"] },
  editorEs: { role: "editor", locales: ["es"] },
  editorAr: { role: "editor", locales: ["ar"] },
  translatorEs: { role: "translator", locales: ["es"] },
  translatorAr: { role: "translator", locales: ["ar"] },
  translatorEn: { role: "translator", locales: ["en"] },
  translatorEnToAr: { role: "translator", locales: ["ar"], languagePairs: [{ source: "en", target: "ar" }] },
} as const satisfies Record<
  string,
  { role: Role; locales: readonly Locale[]; languagePairs?: readonly LanguagePair[] }
>;
export type AccountName = keyof typeof DESK_ACCOUNTS;

/** The API test app (newsroom fixture) plus desk accounts; `as(name)` runs a query with that account's bearer token. */
export async function createDeskTestApp(options: Parameters<typeof createTestApp>[0] = {}) {
  const base = await createTestApp(options);
  // The fixture inserts articles with explicit ids; move the identity past them so desk-created articles do not collide.
  await sql`select setval(pg_get_serial_sequence('articles', 'id'), (select max(id) from articles))`.execute(
    base.db,
  );
  const tokens = {} as Record<AccountName, string>;
  const ids = {} as Record<AccountName, number>;
  for (const [name, account] of Object.entries(DESK_ACCOUNTS) as Array<
    [AccountName, (typeof DESK_ACCOUNTS)[AccountName]]
  >) {
    const created = await createUser(base.db, {
      email: `${name.toLowerCase()}@desk.test`,
      displayName: name,
      role: account.role,
      locales: [...account.locales],
      languagePairs: "languagePairs" in account ? [...account.languagePairs] : undefined,
      passwordHash: "not-a-real-hash",
    });
    if (created.kind !== "created") throw new Error(`could not create ${name}`);
    ids[name] = created.user.id;
    tokens[name] = (await createSession(base.db, created.user.id)).token;
  }
  /** `headers` add to the token, e.g. the desk's language as Accept-Language. */
  const as =
    (name: AccountName, headers: Record<string, string> = {}) =>
    <T = Record<string, any>>(document: string, variables: Record<string, unknown> = {}) =>
      base.query<T>(document, variables, { ...headers, authorization: `Bearer ${tokens[name]}` });
  return { ...base, as, tokens, ids };
}

export type DeskTestApp = Awaited<ReturnType<typeof createDeskTestApp>>;

export function paragraphs(...texts: string[]) {
  return texts.map((text) => ({ type: "paragraph", content: [{ text }] }));
}

/** Content input for a translation. */
export function contentInput(title: string, ...texts: string[]) {
  return { title, summary: `${title} — summary`, body: paragraphs(...texts) };
}

export const CREATE_ARTICLE = /* GraphQL */ `
  mutation ($locale: Locale!, $content: TranslationContentInput!, $section: String!) {
    createArticle(
      originalLocale: $locale
      facts: { kind: news, sectionPath: $section, tagSlugs: ["climate"], authorSlugs: ["sara-haddad"], dossierSlug: "harbour-future" }
      content: $content
    ) {
      __typename
      ... on TranslationCreated { translation { articleId status } revision { id } }
      ... on DeskError { code message }
    }
  }
`;

export const SAVE = /* GraphQL */ `
  mutation ($articleId: ID!, $locale: Locale!, $basedOn: ID!, $content: TranslationContentInput!) {
    saveTranslation(articleId: $articleId, locale: $locale, basedOnRevisionId: $basedOn, content: $content) {
      __typename
      ... on TranslationSaved { revision { id } translation { headRevisionId: head { id } } }
      ... on Conflict { head { id title } }
      ... on ValidationError { problems { field blockIndex blockType code suggestion message } }
      ... on DeskError { code message }
    }
  }
`;

export function transition(action: string) {
  return /* GraphQL */ `
    mutation ($articleId: ID!, $locale: Locale!) {
      ${action}Translation(articleId: $articleId, locale: $locale) {
        __typename
        ... on TranslationStatusChanged { translation { status } }
        ... on DeskError { code message }
      }
    }
  `;
}

export const ADD_TRANSLATION = /* GraphQL */ `
  mutation ($articleId: ID!, $locale: Locale!, $content: TranslationContentInput) {
    addTranslation(articleId: $articleId, locale: $locale, content: $content) {
      __typename
      ... on TranslationCreated { translation { status sourceRevisionId } revision { id body } }
      ... on DeskError { code message }
    }
  }
`;
