import type { Locale } from "@sahifa/domain/locales";
import { deskAccount, graphqlCall } from "@sahifa/e2e-harness/desk-fixtures";

/** One unbroken word per edition, repeated into a 200-character headline with no space to break at. */
const WORDS: Record<Locale, string> = {
  en: "Stormsurge",
  ar: "فيضانات",
  es: "Temporales",
};

export const LONG_HEADLINE_LENGTH = 200;

/** A 200-character headline without a space, in the edition's script. */
export function unbrokenHeadline(locale: Locale): string {
  const word = WORDS[locale];
  return word.repeat(Math.ceil(LONG_HEADLINE_LENGTH / word.length)).slice(0, LONG_HEADLINE_LENGTH);
}

/** Writes and publishes, as the edition's editor through the API, a story with that headline; its reader URL. */
export async function publishLongHeadline(apiUrl: string, locale: Locale): Promise<string> {
  const signIn = await graphqlCall<{ signIn: { token?: string; message?: string } }>(
    apiUrl,
    `mutation ($email: String!, $password: String!) {
      signIn(email: $email, password: $password) { ... on SignedIn { token } ... on SignInFailed { message } }
    }`,
    deskAccount(`editor.${locale}@sahifa.example`),
  );
  const token = signIn.signIn.token;
  if (!token) throw new Error(`editor.${locale} could not sign in: ${signIn.signIn.message}`);
  const created = await graphqlCall<{
    createArticle: { translation?: { articleId: string }; message?: string };
  }>(
    apiUrl,
    `mutation ($locale: Locale!, $content: TranslationContentInput!, $facts: ArticleFactsInput!) {
      createArticle(originalLocale: $locale, content: $content, facts: $facts) {
        ... on TranslationCreated { translation { articleId } }
        ... on DeskError { message }
      }
    }`,
    {
      locale,
      content: {
        title: unbrokenHeadline(locale),
        summary: `${WORDS[locale]} ${WORDS[locale]}`,
        body: [{ type: "paragraph", content: [{ text: unbrokenHeadline(locale) }] }],
      },
      facts: { kind: "news", sectionPath: "news" },
    },
    token,
  );
  const id = created.createArticle.translation?.articleId;
  if (!id) throw new Error(`createArticle failed: ${created.createArticle.message}`);
  const published = await graphqlCall<{ publishTranslation: { __typename: string; message?: string } }>(
    apiUrl,
    `mutation ($id: ID!, $locale: Locale!) {
      publishTranslation(articleId: $id, locale: $locale) { __typename ... on DeskError { message } }
    }`,
    { id, locale },
    token,
  );
  if (published.publishTranslation.__typename !== "TranslationStatusChanged") {
    throw new Error(`publish failed: ${published.publishTranslation.message}`);
  }
  const reader = await graphqlCall<{ article: { url: string } | null }>(
    apiUrl,
    "query ($id: ID!, $locale: Locale!) { article(id: $id, locale: $locale) { url } }",
    { id, locale },
  );
  if (!reader.article) throw new Error(`article ${id} is not readable in ${locale} after publishing`);
  return reader.article.url;
}
