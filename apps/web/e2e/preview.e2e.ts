import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import { englishEditorToken, graphqlCall } from "@sahifa/e2e-harness/desk-fixtures";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/*
 * Draft preview through the reader app: the API signs a token for one revision, the reader app
 * renders that revision exactly as a published page, and nothing else ever shows a draft.
 */

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");

let browser: OpenBrowser;
let token: string;
let articleId: string;
let firstRevision: { id: string; title: string };

const stamp = Date.now();
const FIRST_TITLE = `Harbour plan, first draft ${stamp}`;
const SECOND_TITLE = `Harbour plan, second draft ${stamp}`;
const BODY = [{ type: "paragraph", content: [{ text: "The council will vote on the new quay in spring." }] }];

async function preview(revisionId?: string): Promise<string> {
  const { createArticlePreview } = await graphqlCall<{
    createArticlePreview: { __typename: string; path?: string; message?: string };
  }>(
    apiUrl,
    `mutation ($id: ID!, $revision: ID) {
      createArticlePreview(articleId: $id, locale: en, revisionId: $revision) {
        __typename
        ... on ArticlePreview { path }
        ... on DeskError { message }
      }
    }`,
    { id: articleId, revision: revisionId ?? null },
    token,
  );
  if (!createArticlePreview.path) throw new Error(`no preview: ${createArticlePreview.message}`);
  return createArticlePreview.path;
}

beforeAll(async () => {
  browser = await openBrowser();
  token = await englishEditorToken(apiUrl);
  const { createArticle } = await graphqlCall<{
    createArticle: { translation?: { articleId: string }; revision?: { id: string }; message?: string };
  }>(
    apiUrl,
    `mutation ($content: TranslationContentInput!, $facts: ArticleFactsInput!) {
      createArticle(originalLocale: en, content: $content, facts: $facts) {
        ... on TranslationCreated { translation { articleId } revision { id } }
        ... on DeskError { message }
      }
    }`,
    {
      content: { title: FIRST_TITLE, summary: "A quay for the ferries.", body: BODY },
      facts: { kind: "news", sectionPath: "news" },
    },
    token,
  );
  if (!createArticle.translation || !createArticle.revision)
    throw new Error(`createArticle: ${createArticle.message}`);
  articleId = createArticle.translation.articleId;
  firstRevision = { id: createArticle.revision.id, title: FIRST_TITLE };
});

afterAll(async () => {
  await browser?.close();
});

describe("draft preview", () => {
  it("never shows a draft to a reader without a token", async () => {
    const response = await fetch(`${webUrl}/en/news/${articleId}/harbour-plan`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(FIRST_TITLE);
  });

  it("shows the draft with a valid token, as readers will see it, neither cached nor indexed", async () => {
    const path = await preview();
    const response = await fetch(`${webUrl}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const html = await response.text();
    expect(html).toContain(FIRST_TITLE);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');

    const page = await browser.context.newPage();
    await page.goto(`${webUrl}${path}`);
    expect(await page.locator("main h1").textContent()).toBe(FIRST_TITLE);
    expect(await page.locator(".preview-banner").isVisible()).toBe(true);
    await page.close();
  });

  it("answers a tampered token with 404 and no draft text", async () => {
    const path = await preview();
    const tampered = path.slice(0, -2) + (path.endsWith("A") ? "BB" : "AA");
    const response = await fetch(`${webUrl}${tampered}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).not.toContain("Harbour plan");
  });

  it("keeps a token to the revision it was made for after the draft moves on", async () => {
    const saved = await graphqlCall<{ saveTranslation: { __typename: string; message?: string } }>(
      apiUrl,
      `mutation ($id: ID!, $base: ID!, $content: TranslationContentInput!) {
        saveTranslation(articleId: $id, locale: en, basedOnRevisionId: $base, content: $content) {
          __typename
          ... on DeskError { message }
        }
      }`,
      {
        id: articleId,
        base: firstRevision.id,
        content: { title: SECOND_TITLE, summary: "A quay for the ferries.", body: BODY },
      },
      token,
    );
    expect(saved.saveTranslation.__typename).toBe("TranslationSaved");
    const old = await (await fetch(`${webUrl}${await preview(firstRevision.id)}`)).text();
    expect(old).toContain(FIRST_TITLE);
    expect(old).not.toContain(SECOND_TITLE);
    const head = await (await fetch(`${webUrl}${await preview()}`)).text();
    expect(head).toContain(SECOND_TITLE);
  });
});
