import { documentId, documentText } from "@sahifa/api-client/document-id";
import { graphql } from "@sahifa/api-client/graphql";
import { ApiError, request } from "@sahifa/api-client/request";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inMemoryResponseCacheStore, type ResponseCacheStore } from "../cache/response-cache.ts";
import { type ApiServer, listen } from "../server.ts";
import { idOf } from "../testing/newsroom-fixture.ts";
import { createTestApp } from "../testing/test-app.ts";
import { CSRF_HEADER } from "../yoga.ts";

const ArticleTitle = graphql(`
  query TrustedArticleTitle($id: ID!, $locale: Locale) { article(id: $id, locale: $locale) { title } }
`);
const SignIn = graphql(`
  mutation TrustedSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) { __typename ... on SignInFailed { code } }
  }
`);
const Breaking = graphql(`
  subscription TrustedBreaking($locale: Locale!) { breakingNews(locale: $locale) { id text } }
`);
/** Sent by no app: not in the manifest. */
const Sections = graphql(`
  query UntrustedSections { sections(locale: en) { label } }
`);

const manifest = new Map(
  [ArticleTitle, SignIn].map((document) => [documentId(document), documentText(document)]),
);

const inner = inMemoryResponseCacheStore();
/** Answers the response cache replayed. */
let hits = 0;
const countingStore: ResponseCacheStore = {
  ...inner,
  cache: {
    ...inner.cache,
    get: async (id) => {
      const found = await inner.cache.get(id);
      if (found) hits++;
      return found;
    },
  },
};

let strict: Awaited<ReturnType<typeof createTestApp>>;
let open: Awaited<ReturnType<typeof createTestApp>>;
let strictServer: ApiServer;
let openServer: ApiServer;
beforeAll(async () => {
  strict = await createTestApp({
    app: { trustedDocuments: { documents: manifest, only: true }, responseCache: countingStore },
  });
  open = await createTestApp({ app: { trustedDocuments: { documents: manifest, only: false } } });
  strictServer = await listen(strict.app, 0, "127.0.0.1");
  openServer = await listen(open.app, 0, "127.0.0.1");
});
afterAll(async () => {
  await Promise.all([strictServer?.shutdown(0), openServer?.shutdown(0)]);
  await Promise.all([strict?.close(), open?.close()]);
});

function getById(
  app: typeof strict.app,
  id: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const url = new URL("http://api/graphql");
  url.searchParams.set("variables", JSON.stringify(variables));
  url.searchParams.set("extensions", JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }));
  return app.fetch(url, {
    headers: { [CSRF_HEADER]: "1", accept: "application/graphql-response+json", ...headers },
  });
}

describe("trusted documents", () => {
  it("answers an unknown id with a 400 request error that says so, in the reader's language", async () => {
    const response = await getById(open.app, "0".repeat(64), {});
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(body.errors[0].message).toContain("does not know the operation with that document id");

    const arabic = await (await getById(strict.app, "f".repeat(64), {}, { "accept-language": "ar" })).json();
    expect(arabic.errors[0].message).toContain("معرّف المستند");
  });

  it("with TRUSTED_DOCUMENTS_ONLY refuses a full query, even one whose text is in the manifest", async () => {
    for (const query of [documentText(Sections), documentText(ArticleTitle)]) {
      const response = await strict.app.fetch("http://api/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query, variables: { id: String(idOf(2)) } }),
      });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe("PERSISTED_QUERY_ONLY");
      expect(body.errors[0].message).toContain("answers only the operations of the Sahifa apps");
    }
  });

  it("runs a manifest query by id as a cacheable GET: public Cache-Control, an ETag answered with 304, the response cache", async () => {
    const variables = { id: String(idOf(2)), locale: "en" };
    const hitsBefore = hits;
    const response = await getById(strict.app, documentId(ArticleTitle), variables);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=30, stale-while-revalidate=60");
    const etag = response.headers.get("etag");
    expect(etag).toBeTruthy();
    expect((await response.json()).data.article.title).toEqual(expect.any(String));

    const again = await getById(strict.app, documentId(ArticleTitle), variables, { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(hits - hitsBefore).toBe(1);
  });

  it("opens a subscription by id as an event stream (the reader app's live relays)", async () => {
    const reader = new AbortController();
    const response = await fetch(`http://127.0.0.1:${strictServer.port}/graphql`, {
      method: "POST",
      signal: reader.signal,
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({
        variables: { locale: "en" },
        extensions: { persistedQuery: { version: 1, sha256Hash: documentId(Breaking) } },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    // The reader leaving, as the relay sees it.
    reader.abort();
  });

  it("takes the GraphQL-over-HTTP documentId too", async () => {
    const url = new URL("http://api/graphql");
    url.searchParams.set("documentId", `sha256:${documentId(ArticleTitle)}`);
    url.searchParams.set("variables", JSON.stringify({ id: String(idOf(2)) }));
    const response = await strict.app.fetch(url, { headers: { [CSRF_HEADER]: "1" } });
    expect(response.status).toBe(200);
    expect((await response.json()).data.article.title).toEqual(expect.any(String));
  });

  it("the transport sends queries and mutations by id to an API that takes nothing else", async () => {
    const endpoint = `http://127.0.0.1:${strictServer.port}/graphql`;
    const data = await request(ArticleTitle, { id: String(idOf(2)), locale: "ar" }, { endpoint });
    expect(data.article?.title).toEqual(expect.any(String));
    const signIn = await request(
      SignIn,
      { email: "nobody@desk.test", password: "wrong password" },
      { endpoint },
    );
    expect(signIn.signIn.__typename).toBe("SignInFailed");
    // An operation outside the manifest is refused, with the API's reason.
    const refused = await request(Sections, {}, { endpoint }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).codes).toContain("PERSISTED_QUERY_ONLY");
  });

  it("without TRUSTED_DOCUMENTS_ONLY, other clients' full queries still run, and the transport falls back to the text", async () => {
    const body = await open.query(documentText(Sections));
    expect(body.errors).toBeUndefined();
    const endpoint = `http://127.0.0.1:${openServer.port}/graphql`;
    const data = await request(Sections, {}, { endpoint });
    expect(data.sections.length).toBeGreaterThan(0);
  });
});
