import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeskTestApp, type DeskTestApp } from "./desk.test-app.ts";

let t: DeskTestApp;
beforeAll(async () => {
  t = await createDeskTestApp();
});
afterAll(() => t?.close());

describe("what the desk picks from while writing", () => {
  it("lists a new author and a new dossier before any article of theirs is published", async () => {
    const made = await t.as("editorAr")(/* GraphQL */ `mutation {
      createAuthor(slug: "sami-khoury", locale: ar, name: "سامي خوري") { __typename }
      createDossier(slug: "qanat-water", locale: ar, title: "مياه القنوات") { __typename }
    }`);
    expect(made.errors).toBeUndefined();
    const desk = await t.as("editorAr")(/* GraphQL */ `{
      deskAuthors(locale: ar) { slug name }
      deskDossiers(locale: ar) { slug title }
    }`);
    expect(desk.data?.deskAuthors).toContainEqual({ slug: "sami-khoury", name: "سامي خوري" });
    expect(desk.data?.deskDossiers).toContainEqual({ slug: "qanat-water", title: "مياه القنوات" });
    // Readers' lists show only what has published articles: the new ones are not there.
    const reader = await t.query(
      /* GraphQL */ `{ authors(locale: ar) { slug } dossiers(locale: ar) { slug } }`,
    );
    expect(reader.data?.authors).not.toContainEqual({ slug: "sami-khoury" });
    expect(reader.data?.dossiers).not.toContainEqual({ slug: "qanat-water" });
  });

  it("answers in the edition's order of names", async () => {
    const desk = await t.as("editorAr")(/* GraphQL */ `{ deskAuthors(locale: en) { name } }`);
    const names = ((desk.data?.deskAuthors ?? []) as Array<{ name: string }>).map((a) => a.name);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("is for signed-in desk users only", async () => {
    const anonymous = await t.query(/* GraphQL */ `{ deskAuthors(locale: en) { slug } }`);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
