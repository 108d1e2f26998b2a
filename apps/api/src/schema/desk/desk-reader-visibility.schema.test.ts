import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
 * Readers see published content only: articles the desk holds in
 * every non-published state carry a marker word in title, summary and body;
 * no anonymous query — by id, by slug, through relations, in lists, counts,
 * search or the front page — may return that word. The published text of an
 * article whose head was edited after publishing must still be what readers get.
 */

let app: DeskTestApp;
const ids: Record<string, string> = {};
const MARKER = "zanzibarquokka";
const admin = () => app.as("admin");

async function create(name: string, title: string) {
  const result = (
    await admin()(CREATE_ARTICLE, {
      locale: "en",
      section: "news/politics",
      content: contentInput(title, `Body of ${title}.`),
    })
  ).data?.createArticle;
  ids[name] = result.translation.articleId;
  return { articleId: result.translation.articleId as string, head: result.revision.id as string };
}
const act = (action: string, articleId: string, locale = "en") =>
  admin()(transition(action), { articleId, locale });

beforeAll(async () => {
  app = await createDeskTestApp();
  const draft = await create("draft", `Draft ${MARKER} story`);
  // A tag only a draft uses: tag lists (which show tags with published articles) must not list it.
  await admin()(
    `mutation { createTag(slug: "${MARKER}-tag", locale: en, label: "${MARKER} tag") { __typename } }`,
  );
  const tagged = await admin()(
    `mutation ($id: ID!) { updateArticle(id: $id, facts: { kind: news, sectionPath: "news/politics", tagSlugs: ["climate", "${MARKER}-tag"], authorSlugs: ["sara-haddad"] }) { __typename } }`,
    { id: draft.articleId },
  );
  expect(tagged.data?.updateArticle.__typename).toBe("ArticleUpdated");
  const review = await create("review", `Review ${MARKER} story`);
  await act("submit", review.articleId);
  const archived = await create("archived", `Archived ${MARKER} story`);
  await act("publish", archived.articleId);
  await act("archive", archived.articleId);
  const unpublished = await create("unpublished", `Unpublished ${MARKER} story`);
  await act("publish", unpublished.articleId);
  await act("unpublish", unpublished.articleId);
  // Published, then edited: readers keep the published text; the edit carries the marker.
  const edited = await create("edited", "Lighthouse keepers meet");
  await act("publish", edited.articleId);
  await admin()(SAVE, {
    articleId: edited.articleId,
    locale: "en",
    basedOn: edited.head,
    content: contentInput(`Lighthouse ${MARKER} edit`, `Edited ${MARKER}.`),
  });
  // A Spanish draft of the published article.
  await admin()(ADD_TRANSLATION, {
    articleId: edited.articleId,
    locale: "es",
    content: contentInput(`Borrador ${MARKER}`, `Texto ${MARKER}.`),
  });
  // An Arabic translation in review.
  await admin()(ADD_TRANSLATION, {
    articleId: edited.articleId,
    locale: "ar",
    content: contentInput(`مسودة ${MARKER}`, `نص ${MARKER}.`),
  });
  await act("submit", edited.articleId, "ar");
});
afterAll(() => app?.close());

const ARTICLE_FIELDS =
  "id title summary slug url body { __typename } translations { locale slug url } related { title } readNext { title }";
const LIST = `edges { node { id title summary } }`;

describe("readers never see unpublished content", () => {
  it("through any reader query, in every edition", async () => {
    const responses: unknown[] = [];
    for (const locale of ["en", "es", "ar"]) {
      for (const id of Object.values(ids)) {
        responses.push(
          await app.query(
            `query ($id: ID!, $locale: Locale) { article(id: $id, locale: $locale) { ${ARTICLE_FIELDS} } articleTranslations(id: $id) { locale slug } }`,
            { id, locale },
          ),
        );
      }
      for (const slug of [
        `draft-${MARKER}-story`,
        `review-${MARKER}-story`,
        `archived-${MARKER}-story`,
        `unpublished-${MARKER}-story`,
        `lighthouse-${MARKER}-edit`,
        `borrador-${MARKER}`,
      ]) {
        responses.push(
          await app.query(
            `query ($slug: String!, $locale: Locale) { article(slug: $slug, locale: $locale) { id title } }`,
            { slug, locale },
          ),
        );
      }
      responses.push(
        await app.query(
          `query ($locale: Locale) {
            articles(locale: $locale, first: 100) { ${LIST} }
            section(path: "news/politics", locale: $locale) { articles(first: 100) { ${LIST} } }
            news: section(path: "news", locale: $locale) { articles(first: 100) { ${LIST} } }
            tag(slug: "climate", locale: $locale) { articles(first: 100) { ${LIST} } }
            author(slug: "sara-haddad", locale: $locale) { articles(first: 100) { ${LIST} } }
            dossier(slug: "harbour-future", locale: $locale) { title articles(first: 100) { ${LIST} } }
            edition(locale: $locale) { lead { title } sections(perSection: 20) { articles { title summary } } mostRead(first: 20) { title } }
            search(query: "${MARKER}", locale: $locale) { totalCount hits { article { title } } }
          }`,
          { locale },
        ),
      );
      responses.push(
        await app.query(
          `query ($locale: Locale) {
            tags(locale: $locale) { slug label }
            markerTag: tag(slug: "${MARKER}-tag", locale: $locale) { articles(first: 10) { ${LIST} } }
            dossiers(locale: $locale) { title articles(first: 50) { ${LIST} } }
            authors(locale: $locale) { name articles(first: 50) { ${LIST} } }
          }`,
          { locale },
        ),
      );
    }
    const text = JSON.stringify(responses);
    expect(text).not.toContain(MARKER);
    // The queries did run and return data (a test that found nothing because everything failed proves nothing).
    expect(text).not.toContain('"errors"');
    expect(text).toContain("Lighthouse keepers meet");
  });

  it("shows the published revision, not the edited head, and only the published editions", async () => {
    const response = await app.query(
      `query ($id: ID!) { article(id: $id, locale: en) { title translations { locale } } es: article(id: $id, locale: es) { id } }`,
      {
        id: ids.edited,
      },
    );
    expect(response.data?.article).toEqual({
      title: "Lighthouse keepers meet",
      translations: [{ locale: "en" }],
    });
    expect(response.data?.es).toBeNull();
    const search = await app.query(
      `{ search(query: "lighthouse", locale: en) { totalCount hits { article { title } } } }`,
    );
    expect(search.data?.search.hits).toEqual([{ article: { title: "Lighthouse keepers meet" } }]);
  });

  it("refuses desk reads to anonymous callers with a code", async () => {
    for (const query of [
      `{ deskTranslation(articleId: "${ids.draft}", locale: en) { status } }`,
      `{ deskArticle(id: "${ids.draft}") { id } }`,
      `{ revisions(articleId: "${ids.draft}", locale: en) { revisions { title } } }`,
      `{ translationQueue { totalCount } }`,
      `{ sourceChanges(articleId: "${ids.edited}", locale: es) { translation { status } } }`,
      `{ compareRevisions(before: "1", after: "2") { fields { field } } }`,
    ]) {
      const response = await app.query(query);
      expect(
        Object.values(response.data ?? {}).every((value) => value === null),
        query,
      ).toBe(true);
      expect(response.errors?.[0]?.extensions?.code, query).toBe("UNAUTHENTICATED");
      expect(JSON.stringify(response)).not.toContain(MARKER);
    }
  });
});
