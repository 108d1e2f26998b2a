import type { Page } from "playwright-core";

/*
 * What the desk's end-to-end test needs from the API before it opens a browser: the demo
 * desk accounts (seeded by the API from packages/db/src/desk/demo-users.ts; their
 * passwords are public, see the README) and a fresh English original, published, so the
 * Spanish and Arabic editions have it waiting in their queues whatever the seed holds.
 */

const DEMO_PASSWORDS: Record<string, string> = {
  "editor.en@sahifa.example": "demo-editor-en",
  "editor.es@sahifa.example": "demo-editor-es",
  "editor.ar@sahifa.example": "demo-editor-ar",
  "translator.en-es@sahifa.example": "demo-translate-en-es",
  "translator.en-ar@sahifa.example": "demo-translate-en-ar",
  "translator.ar-es@sahifa.example": "demo-translate-ar-es",
};

export function deskAccount(email: string): { email: string; password: string } {
  const password = DEMO_PASSWORDS[email];
  if (!password) throw new Error(`No demo password known for ${email}`);
  return { email, password };
}

/** One GraphQL call to the API, as an API client (or, with `token`, a desk user) makes it. */
export async function graphqlCall<T>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) {
    throw new Error(`API: ${body.errors?.map((error) => error.message).join("; ") ?? response.status}`);
  }
  return body.data;
}

const BODY = [
  {
    type: "paragraph",
    content: [
      { text: "The river rose " },
      { text: "half a metre", marks: ["bold"] },
      { text: " overnight as the snow melted early in the hills." },
    ],
  },
  { type: "heading", level: 2, text: "Sandbags at the old bridge" },
  { type: "quote", text: "We have done this before, and we will do it again.", attribution: "A volunteer" },
  { type: "list", ordered: false, items: [[{ text: "Boots" }], [{ text: "Torches" }]] },
];

export interface PublishedOriginal {
  id: number;
  title: string;
  englishUrl: string;
  blockCount: number;
}

/** A desk session token for one of the demo accounts, signed in through the API. */
export async function deskToken(apiUrl: string, email: string): Promise<string> {
  const account = deskAccount(email);
  const signIn = await graphqlCall<{ signIn: { __typename: string; token?: string; message?: string } }>(
    apiUrl,
    `mutation ($email: String!, $password: String!) {
      signIn(email: $email, password: $password) {
        __typename
        ... on SignedIn { token }
        ... on SignInFailed { message }
      }
    }`,
    account,
  );
  const token = signIn.signIn.token;
  if (!token) throw new Error(`${email} could not sign in: ${signIn.signIn.message}`);
  return token;
}

export function englishEditorToken(apiUrl: string): Promise<string> {
  return deskToken(apiUrl, "editor.en@sahifa.example");
}

async function publishEnglish(apiUrl: string, token: string, articleId: string): Promise<void> {
  const published = await graphqlCall<{ publishTranslation: { __typename: string; message?: string } }>(
    apiUrl,
    `mutation ($id: ID!) {
      publishTranslation(articleId: $id, locale: en) {
        __typename
        ... on DeskError { message }
      }
    }`,
    { id: articleId },
    token,
  );
  if (published.publishTranslation.__typename !== "TranslationStatusChanged") {
    throw new Error(`publish failed: ${published.publishTranslation.message}`);
  }
}

/** An English news story written and published by the English editor, through the API. */
export async function createPublishedOriginal(apiUrl: string): Promise<PublishedOriginal> {
  const token = await englishEditorToken(apiUrl);
  const title = `River towns prepare for the spring floods ${Date.now()}`;
  const created = await graphqlCall<{
    createArticle: { __typename: string; translation?: { articleId: string }; message?: string };
  }>(
    apiUrl,
    `mutation ($content: TranslationContentInput!, $facts: ArticleFactsInput!) {
      createArticle(originalLocale: en, content: $content, facts: $facts) {
        __typename
        ... on TranslationCreated { translation { articleId } }
        ... on DeskError { message }
      }
    }`,
    {
      content: { title, summary: "Volunteers fill sandbags as the river rises.", body: BODY },
      facts: { kind: "news", sectionPath: "news" },
    },
    token,
  );
  const articleId = created.createArticle.translation?.articleId;
  if (!articleId) throw new Error(`createArticle failed: ${created.createArticle.message}`);
  await publishEnglish(apiUrl, token, articleId);
  const reader = await graphqlCall<{ article: { url: string } | null }>(
    apiUrl,
    `query ($id: ID!) { article(id: $id, locale: en) { url } }`,
    { id: articleId },
  );
  if (!reader.article) throw new Error(`article ${articleId} is not readable in English after publishing`);
  return {
    id: Number(articleId),
    title,
    englishUrl: new URL(reader.article.url, "http://x").pathname,
    blockCount: BODY.length,
  };
}

/** The English editor rewrites the heading of the original and republishes it: translations fall behind. */
export async function republishOriginal(apiUrl: string, articleId: number, heading: string): Promise<void> {
  const token = await englishEditorToken(apiUrl);
  const { deskTranslation } = await graphqlCall<{
    deskTranslation: { head: { id: string; title: string; slug: string; summary: string; body: unknown[] } };
  }>(
    apiUrl,
    `query ($id: ID!) { deskTranslation(articleId: $id, locale: en) { head { id title slug summary body } } }`,
    { id: String(articleId) },
    token,
  );
  const { head } = deskTranslation;
  const body = head.body.map((block, index) =>
    index === 1 ? { type: "heading", level: 2, text: heading } : block,
  );
  const saved = await graphqlCall<{ saveTranslation: { __typename: string; message?: string } }>(
    apiUrl,
    `mutation ($id: ID!, $base: ID!, $content: TranslationContentInput!) {
      saveTranslation(articleId: $id, locale: en, basedOnRevisionId: $base, content: $content) {
        __typename
        ... on DeskError { message }
      }
    }`,
    {
      id: String(articleId),
      base: head.id,
      content: { title: head.title, slug: head.slug, summary: head.summary, body },
    },
    token,
  );
  if (saved.saveTranslation.__typename !== "TranslationSaved") {
    throw new Error(`saving the original failed: ${saved.saveTranslation.message}`);
  }
  await publishEnglish(apiUrl, token, String(articleId));
}

/** Signs a demo account in through the desk's own form in `page`; resolves on the queue. */
export async function signInToDesk(
  page: Page,
  deskUrl: string,
  email: string,
  ui: "en" | "ar" | "es",
): Promise<void> {
  const account = deskAccount(email);
  await page.goto(`${deskUrl}/${ui}/sign-in`);
  await page.fill('input[name="email"]', account.email);
  await page.fill('input[name="password"]', account.password);
  await Promise.all([page.waitForURL(`${deskUrl}/${ui}`), page.click('.desk-sign-in button[type="submit"]')]);
}
