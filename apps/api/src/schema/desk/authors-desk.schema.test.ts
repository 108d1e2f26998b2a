import { storeImage } from "@sahifa/db/media/library";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jpegWithExif } from "../../media/media.fixtures.ts";
import { prepareImage } from "../../media/prepare-image.ts";
import {
  CREATE_ARTICLE,
  contentInput,
  createDeskTestApp,
  type DeskTestApp,
  transition,
} from "./desk.test-app.ts";

let t: DeskTestApp;
beforeAll(async () => {
  t = await createDeskTestApp();
});
afterAll(() => t?.close());

const PROFILE = /* GraphQL */ `
  fragment Result on AuthorProfileResult {
    __typename
    ... on AuthorProfileSet { author { slug name bio role photo { alt square: renditions(crop: SQUARE, format: JPEG) { width height } } } }
    ... on DeskError { code message }
  }
`;

describe("authors and taxonomy in the desk", () => {
  it("creates an author, lets each edition's editors write their profile, and sets a photo from the library", async () => {
    const created = await t.as("editorAr")(
      /* GraphQL */ `mutation { createAuthor(slug: "layla-mansour", locale: ar, name: "ليلى منصور", bio: "تكتب عن المدن الساحلية.", role: "مراسلة في صور") { ...Result } } ${PROFILE}`,
    );
    expect(created.data?.createAuthor).toMatchObject({
      __typename: "AuthorProfileSet",
      author: { slug: "layla-mansour", name: "ليلى منصور", role: "مراسلة في صور", photo: null },
    });
    const foreign = await t.as("editorEs")(
      /* GraphQL */ `mutation { setAuthorProfile(slug: "layla-mansour", locale: ar, name: "x") { ...Result } } ${PROFILE}`,
    );
    expect(foreign.data?.setAuthorProfile.code).toBe("FORBIDDEN");
    // A byline with no published article yet is listed for the desk, not for readers.
    const desk = await t.as("editorEs")(/* GraphQL */ `{ deskAuthors(locale: ar) { slug name } }`);
    expect(desk.data?.deskAuthors).toContainEqual({ slug: "layla-mansour", name: "ليلى منصور" });
    const readers = await t.query(/* GraphQL */ `{ authors(locale: ar) { slug } }`);
    expect(readers.data?.authors).not.toContainEqual({ slug: "layla-mansour" });
    expect((await t.query(/* GraphQL */ `{ deskAuthors(locale: ar) { slug } }`)).errors).toBeDefined();
    const spanish = await t.as("editorEs")(
      /* GraphQL */ `mutation { setAuthorProfile(slug: "layla-mansour", locale: es, name: "Layla Mansour", role: "Corresponsal en Tiro") { ...Result } } ${PROFILE}`,
    );
    expect(spanish.data?.setAuthorProfile.author).toMatchObject({
      name: "Layla Mansour",
      role: "Corresponsal en Tiro",
      bio: "",
    });

    const prepared = await prepareImage(await jpegWithExif(800, 600));
    if ("key" in prepared) throw new Error(prepared.key);
    const photoId = await storeImage(
      t.db,
      { ...prepared, uploadedBytes: 1, texts: [{ locale: "ar", alt: "صورة ليلى منصور" }] },
      null,
    );
    const photo = await t.as("editorEs")(
      /* GraphQL */ `mutation ($id: ID) { setAuthorPhoto(slug: "layla-mansour", mediaId: $id) { ...Result } } ${PROFILE}`,
      { id: String(photoId) },
    );
    expect(photo.data?.setAuthorPhoto.__typename).toBe("AuthorProfileSet");
    const reader = await t.query(
      /* GraphQL */ `{ author(slug: "layla-mansour", locale: ar) { name role photo { alt square: renditions(crop: SQUARE, format: JPEG) { width height } } } }`,
    );
    expect(reader.data?.author).toEqual({
      name: "ليلى منصور",
      role: "مراسلة في صور",
      photo: { alt: "صورة ليلى منصور", square: [{ width: 320, height: 320 }] },
    });
    const notImage = await t.as("editorEs")(
      /* GraphQL */ `mutation { setAuthorPhoto(slug: "layla-mansour", mediaId: "999999") { ...Result } } ${PROFILE}`,
    );
    expect(notImage.data?.setAuthorPhoto.code).toBe("INVALID");
  });

  it("keeps the byline in the order the desk gives it, which is the order readers see", async () => {
    const created = await t.as("editorEn")(CREATE_ARTICLE, {
      locale: "en",
      section: "news",
      content: contentInput("Two bylines", "Reported together."),
    });
    const articleId = created.data?.createArticle.translation.articleId;
    await t.as("editorEn")(transition("publish"), { articleId, locale: "en" });
    const byline = async () =>
      (
        await t.query(
          /* GraphQL */ `query ($id: ID!) { article(id: $id, locale: en) { authors { slug } } }`,
          {
            id: articleId,
          },
        )
      ).data?.article.authors.map((author: { slug: string }) => author.slug);
    const setAuthors = (slugs: string[]) =>
      t.as("editorEn")(
        /* GraphQL */ `mutation ($id: ID!, $slugs: [String!]!) { updateArticle(id: $id, facts: { kind: news, sectionPath: "news", authorSlugs: $slugs }) { __typename } }`,
        { id: articleId, slugs },
      );
    await setAuthors(["layla-mansour", "sara-haddad"]);
    expect(await byline()).toEqual(["layla-mansour", "sara-haddad"]);
    await setAuthors(["sara-haddad", "layla-mansour"]);
    expect(await byline()).toEqual(["sara-haddad", "layla-mansour"]);
    // A new order alone is a change of the facts, kept in their history.
    const history = await t.as("editorEn")(
      /* GraphQL */ `query ($id: ID!) { deskArticle(id: $id) { factHistory { changes { field before after } } } }`,
      { id: articleId },
    );
    expect(history.data?.deskArticle.factHistory[0].changes).toContainEqual({
      field: "authorSlugs",
      before: ["layla-mansour", "sara-haddad"],
      after: ["sara-haddad", "layla-mansour"],
    });
  });

  it("lists what an edition lacks and fills it: dossiers, tag descriptions, author bios", async () => {
    const created = await t.as("editorEn")(
      /* GraphQL */ `mutation { createDossier(slug: "coastal-cities", locale: en, title: "Coastal cities", description: "How cities on the sea adapt.") { __typename ... on DossierCreated { slug } } }`,
    );
    expect(created.data?.createDossier).toEqual({ __typename: "DossierCreated", slug: "coastal-cities" });
    const GAPS = /* GraphQL */ `query ($locale: Locale!) { taxonomyGaps(locale: $locale) { kind key missing } }`;
    const before = (await t.as("editorAr")(GAPS, { locale: "ar" })).data?.taxonomyGaps as Array<{
      kind: string;
      key: string;
      missing: string[];
    }>;
    expect(before).toContainEqual({
      kind: "dossier",
      key: "coastal-cities",
      missing: ["title", "description"],
    });
    await t.as("editorAr")(
      /* GraphQL */ `mutation { setTaxonomyLabel(kind: dossier, key: "coastal-cities", locale: ar, label: "المدن الساحلية", description: "كيف تتكيّف المدن الواقعة على البحر.") { __typename } }`,
    );
    await t.as("editorAr")(
      /* GraphQL */ `mutation { setTaxonomyLabel(kind: tag, key: "climate", locale: ar, label: "المناخ", description: "أخبار المناخ وتحليلاته.") { __typename } }`,
    );
    const after = (await t.as("editorAr")(GAPS, { locale: "ar" })).data?.taxonomyGaps as Array<{
      key: string;
    }>;
    expect(after.map((g) => g.key)).not.toContain("coastal-cities");
    expect(after.map((g) => g.key)).not.toContain("climate");
    const tags = await t.as("editorAr")(
      /* GraphQL */ `{ deskTags(locale: ar, search: "مناخ") { slug label description } }`,
    );
    expect(tags.data?.deskTags).toEqual([
      { slug: "climate", label: "المناخ", description: "أخبار المناخ وتحليلاته." },
    ]);
  });
});
