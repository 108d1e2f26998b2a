import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVELOPMENT_PREVIEW_SECRET } from "../../env.ts";
import { PREVIEW_LIFETIME_MS, signPreviewToken } from "../../preview/preview-token.ts";
import {
  ADD_TRANSLATION,
  CREATE_ARTICLE,
  contentInput,
  createDeskTestApp,
  type DeskTestApp,
  SAVE,
  transition,
} from "./desk.test-app.ts";

/**
 * Preview: a token from createArticlePreview shows that revision of the draft through
 * articlePreview; a token that is expired, tampered with or names a revision of another
 * translation shows nothing, and only those who may edit the draft get one.
 */

let app: DeskTestApp;
let articleId: string;
let firstRevision: string;
let headRevision: string;
let otherArticleRevision: string;

const CREATE_PREVIEW = /* GraphQL */ `
  mutation ($articleId: ID!, $locale: Locale!, $revisionId: ID) {
    createArticlePreview(articleId: $articleId, locale: $locale, revisionId: $revisionId) {
      __typename
      ... on ArticlePreview { token expiresAt path }
      ... on DeskError { code message }
    }
  }
`;

const PREVIEW = /* GraphQL */ `
  query ($token: String!) {
    articlePreview(token: $token) {
      id locale title summary slug url seoTitle readTimeMinutes
      body { __typename ... on ParagraphBlock { content { text } } }
      section { path }
    }
  }
`;

/** A token the Spanish editor asked for (the head unless `revisionId`). */
async function issuedToken(revisionId?: string): Promise<string> {
  const result = await app.as("editorEs")(CREATE_PREVIEW, { articleId, locale: "es", revisionId });
  const token = result.data?.createArticlePreview.token;
  if (typeof token !== "string") throw new Error(`no token: ${JSON.stringify(result)}`);
  return token;
}

async function preview(token: string) {
  const response = await app.app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: PREVIEW, variables: { token } }),
  });
  const text = await response.text();
  return {
    response,
    text,
    body: JSON.parse(text) as { data?: { articlePreview: Record<string, unknown> | null } },
  };
}

async function createDraft(locale: string, title: string, text: string) {
  const result = await app.as("admin")(CREATE_ARTICLE, {
    locale,
    section: "news/politics",
    content: contentInput(title, text),
  });
  return result.data?.createArticle as { translation: { articleId: string }; revision: { id: string } };
}

beforeAll(async () => {
  app = await createDeskTestApp();
  const admin = app.as("admin");
  const created = await createDraft("en", "Harbour cranes return", "The cranes are back on the quay.");
  articleId = created.translation.articleId;
  await admin(transition("publish"), { articleId, locale: "en" });
  const spanish = (
    await admin(ADD_TRANSLATION, {
      articleId,
      locale: "es",
      content: contentInput("Vuelven las grúas del puerto", "Borrador primero: las grúas vuelven."),
    })
  ).data?.addTranslation;
  firstRevision = spanish.revision.id;
  const saved = (
    await admin(SAVE, {
      articleId,
      locale: "es",
      basedOn: firstRevision,
      content: contentInput(
        "Vuelven las grúas al muelle",
        "Borrador segundo: las grúas ya están en el muelle.",
      ),
    })
  ).data?.saveTranslation;
  headRevision = saved.revision.id;
  const other = await createDraft("es", "Otra historia sin publicar", "Texto de otro borrador.");
  otherArticleRevision = other.revision.id;
});

afterAll(async () => {
  await app?.close();
});

describe("createArticlePreview", () => {
  it("gives a Spanish translator a ten-minute token for the head, with the reader app's path", async () => {
    const before = Date.now();
    const result = (await app.as("translatorEs")(CREATE_PREVIEW, { articleId, locale: "es" })).data
      ?.createArticlePreview;
    expect(result.__typename).toBe("ArticlePreview");
    expect(result.path).toBe(`/preview/${result.token}`);
    const after = Date.now();
    // Expiry is kept to the second: at most a second before ten minutes from the request.
    const expires = new Date(result.expiresAt).getTime();
    expect(expires).toBeGreaterThan(before + PREVIEW_LIFETIME_MS - 1_000);
    expect(expires).toBeLessThanOrEqual(after + PREVIEW_LIFETIME_MS);
    expect(result.token.split(".").slice(0, 3)).toEqual([articleId, "es", headRevision]);
  });

  it("refuses a translator outside the language pair, and anonymous callers", async () => {
    const arabic = (await app.as("translatorAr")(CREATE_PREVIEW, { articleId, locale: "es" })).data
      ?.createArticlePreview;
    expect(arabic).toMatchObject({ __typename: "Forbidden", code: "FORBIDDEN" });
    const anonymous = (await app.query(CREATE_PREVIEW, { articleId, locale: "es" })).data
      ?.createArticlePreview;
    expect(anonymous).toMatchObject({ __typename: "Forbidden", code: "UNAUTHENTICATED" });
  });

  it("answers NotFound for a missing translation or a revision of another translation", async () => {
    const missing = (await app.as("editorAr")(CREATE_PREVIEW, { articleId, locale: "ar" })).data
      ?.createArticlePreview;
    expect(missing).toMatchObject({ __typename: "NotFound", code: "NOT_FOUND" });
    const foreign = (
      await app.as("editorEs")(CREATE_PREVIEW, { articleId, locale: "es", revisionId: otherArticleRevision })
    ).data?.createArticlePreview;
    expect(foreign).toMatchObject({ __typename: "NotFound", code: "NOT_FOUND" });
  });
});

describe("articlePreview", () => {
  it("shows the draft as readers will see it, private and never stored", async () => {
    const token = await issuedToken();
    const { response, body } = await preview(token);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(body.data?.articlePreview).toMatchObject({
      id: articleId,
      locale: "es",
      title: "Vuelven las grúas al muelle",
      slug: "vuelven-las-gruas-al-muelle",
      url: `/es/news/politics/${articleId}/vuelven-las-gruas-al-muelle`,
      section: { path: "news/politics" },
      body: [
        {
          __typename: "ParagraphBlock",
          content: [{ text: "Borrador segundo: las grúas ya están en el muelle." }],
        },
      ],
    });
    // Readers still see nothing in Spanish: the draft was never published.
    const reader = await app.query(`query ($id: ID!) { article(id: $id, locale: es) { title } }`, {
      id: articleId,
    });
    expect(reader.data?.article).toBeNull();
  });

  it("shows an older revision when the token names it", async () => {
    const token = await issuedToken(firstRevision);
    expect((await preview(token)).body.data?.articlePreview?.title).toBe("Vuelven las grúas del puerto");
  });

  it("answers null, with no draft text, for an expired, tampered or other-revision token", async () => {
    const token = await issuedToken();
    const [id, locale, , expiry, signature] = token.split(".");
    const elevenMinutesAgo = new Date(Date.now() - 11 * 60 * 1000);
    const tokens = {
      expired: signPreviewToken(
        { articleId: Number(articleId), locale: "es", revisionId: Number(headRevision) },
        elevenMinutesAgo,
        DEVELOPMENT_PREVIEW_SECRET,
      ).token,
      tamperedRevision: [id, locale, firstRevision, expiry, signature].join("."),
      tamperedExpiry: [id, locale, headRevision, Number(expiry) + 86_400, signature].join("."),
      otherSecret: signPreviewToken(
        { articleId: Number(articleId), locale: "es", revisionId: Number(headRevision) },
        new Date(),
        "someone-else's-secret-of-thirty-two-characters",
      ).token,
      // Correctly signed, but the revision belongs to another article.
      otherRevision: signPreviewToken(
        { articleId: Number(articleId), locale: "es", revisionId: Number(otherArticleRevision) },
        new Date(),
        DEVELOPMENT_PREVIEW_SECRET,
      ).token,
      gone: signPreviewToken(
        { articleId: Number(articleId), locale: "es", revisionId: 999_999 },
        new Date(),
        DEVELOPMENT_PREVIEW_SECRET,
      ).token,
      garbage: "not-a-token",
    };
    for (const [name, forged] of Object.entries(tokens)) {
      const { response, text, body } = await preview(forged);
      expect(body.data?.articlePreview, name).toBeNull();
      expect(text, name).not.toMatch(/Borrador|Otra historia|grúas/);
      expect(response.headers.get("cache-control"), name).toBe("private, no-store");
    }
  });
});
