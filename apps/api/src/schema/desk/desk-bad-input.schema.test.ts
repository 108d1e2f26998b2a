import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CREATE_ARTICLE,
  contentInput,
  createDeskTestApp,
  type DeskTestApp,
  SAVE,
  transition,
} from "./desk.test-app.ts";

/** Bad input gets a typed error that says what and where, and nothing is half-written. */

let app: DeskTestApp;
let articleId: string;
let head: string;

async function counts() {
  const [revisions, articles, translations] = await Promise.all(
    (["revisions", "articles", "translations"] as const).map(async (table) =>
      Number(
        (
          await app.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ),
  );
  return { revisions, articles, translations };
}

beforeAll(async () => {
  app = await createDeskTestApp();
  const created = (
    await app.as("editorEn")(CREATE_ARTICLE, {
      locale: "en",
      section: "news",
      content: contentInput("Valid story", "Fine."),
    })
  ).data?.createArticle;
  articleId = created.translation.articleId;
  head = created.revision.id;
});
afterAll(() => app?.close());

const save = (body: unknown, extra: Record<string, unknown> = {}) =>
  app.as("editorEn")(SAVE, {
    articleId,
    locale: "en",
    basedOn: head,
    content: { title: "Valid story", summary: "", body },
    ...extra,
  });

describe("bad input", () => {
  it("refuses invalid blocks with the block, its type and the field, and writes nothing", async () => {
    const before = await counts();
    const unknownType = (
      await save([
        { type: "paragraph", content: [{ text: "ok" }] },
        { type: "marquee", text: "x" },
      ])
    ).data?.saveTranslation;
    expect(unknownType).toMatchObject({
      __typename: "ValidationError",
      code: "INVALID",
      problems: [{ blockIndex: 1 }],
    });
    expect(unknownType.problems[0]).toMatchObject({ code: "unknown_block_type" });
    expect(unknownType.problems[0].message).toMatch(/Unknown block type “marquee”/);
    expect(unknownType.message).toMatch(/^Block 2/);

    const script = (
      await save([{ type: "paragraph", content: [{ text: "click", href: "javascript:alert(1)" }] }])
    ).data?.saveTranslation;
    expect(script).toMatchObject({
      __typename: "ValidationError",
      problems: [{ blockIndex: 0, blockType: "paragraph", field: "content[0].href" }],
    });

    const oversize = (await save([{ type: "heading", level: 2, text: "h".repeat(5_000) }])).data
      ?.saveTranslation;
    expect(oversize).toMatchObject({
      __typename: "ValidationError",
      problems: [{ blockIndex: 0, blockType: "heading", field: "text" }],
    });

    const notAList = (await save({ type: "paragraph" })).data?.saveTranslation;
    expect(notAList).toMatchObject({ __typename: "ValidationError", problems: [{ field: "body" }] });

    const badSlug = (
      await app.as("editorEn")(SAVE, {
        articleId,
        locale: "en",
        basedOn: head,
        content: { ...contentInput("Title", "x"), slug: "Not A Slug" },
      })
    ).data?.saveTranslation;
    expect(badSlug).toMatchObject({ __typename: "ValidationError", problems: [{ field: "slug" }] });

    const badArticle = (
      await app.as("editorEn")(CREATE_ARTICLE, {
        locale: "en",
        section: "no/such/section",
        content: contentInput("Title", "x"),
      })
    ).data?.createArticle;
    expect(badArticle).toMatchObject({ __typename: "ValidationError", code: "INVALID" });
    expect(badArticle.message).toMatch(/^No section "no\/such\/section"/);
    expect(await counts()).toEqual(before);
  });

  it("answers unknown articles, translations and revisions with NotFound", async () => {
    const before = await counts();
    const unknown = await app.as("editorEn")(SAVE, {
      articleId: "999999",
      locale: "en",
      basedOn: head,
      content: contentInput("x", "y"),
    });
    expect(unknown.data?.saveTranslation).toMatchObject({ __typename: "NotFound", code: "NOT_FOUND" });
    const garbage = await app.as("editorEn")(SAVE, {
      articleId: "not-an-id",
      locale: "en",
      basedOn: head,
      content: contentInput("x", "y"),
    });
    expect(garbage.data?.saveTranslation).toMatchObject({ __typename: "NotFound" });
    const noEs = await app.as("admin")(transition("publish"), { articleId, locale: "es" });
    expect(noEs.data?.publishTranslation).toMatchObject({
      __typename: "NotFound",
      message: expect.stringContaining("no es translation"),
    });
    const restore = await app.as("editorEn")(
      `mutation ($id: ID!, $base: ID!) { restoreRevision(articleId: $id, locale: en, revisionId: "999999", basedOnRevisionId: $base) { __typename } }`,
      { id: articleId, base: head },
    );
    expect(restore.data?.restoreRevision.__typename).toBe("NotFound");
    expect(await counts()).toEqual(before);
  });

  it("treats a wrong or forged session as anonymous and says to sign in again", async () => {
    const before = await counts();
    const response = await app.query(
      SAVE,
      { articleId, locale: "en", basedOn: head, content: contentInput("x", "y") },
      { authorization: "Bearer forged-token-value" },
    );
    expect(response.data?.saveTranslation).toMatchObject({
      __typename: "Forbidden",
      code: "SESSION_EXPIRED",
    });
    const cookie = await app.query("{ me { email } }", {}, { cookie: "sahifa_session=forged" });
    expect(cookie.data?.me).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("refuses a bad queue cursor and page size as bad input", async () => {
    const cursor = await app.as("editorEn")(`{ translationQueue(after: "garbage") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const size = await app.as("editorEn")(`{ translationQueue(first: 1000) { totalCount } }`);
    expect(size.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
