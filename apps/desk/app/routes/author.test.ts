import { afterEach, describe, expect, it, vi } from "vitest";
import { deskRequest, stubApi } from "../testing/api-stub.ts";
import { action } from "./author.tsx";

const EDITOR_ES = { id: "4", displayName: "Marta", email: "m@example.org", role: "editor", locales: ["es"] };

afterEach(() => {
  vi.unstubAllGlobals();
});

const post = async (fields: Record<string, string>) =>
  action({
    params: { locale: "es", slug: "layla-mansour" },
    ...(await deskRequest("/es/authors/layla-mansour", {
      method: "POST",
      body: new URLSearchParams(fields),
    })),
    context: {},
  } as Parameters<typeof action>[0]);

describe("desk author page action", () => {
  it("saves one edition's profile, trimmed", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_ES },
      DeskSetAuthorProfile: { setAuthorProfile: { __typename: "AuthorProfileSet" } },
    });
    const answer = await post({
      intent: "profile",
      locale: "es",
      name: " Layla Mansour ",
      role: "Corresponsal",
      bio: "",
    });
    expect(answer).toEqual({ ok: true, done: "profile" });
    expect(sent.find((call) => call.operation === "DeskSetAuthorProfile")?.variables).toEqual({
      slug: "layla-mansour",
      locale: "es",
      name: "Layla Mansour",
      bio: "",
      role: "Corresponsal",
    });
  });

  it("words a refused profile in the desk's language and keeps what was typed", async () => {
    stubApi({
      DeskMe: { me: EDITOR_ES },
      DeskSetAuthorProfile: {
        setAuthorProfile: {
          __typename: "ValidationError",
          code: "INVALID",
          message: "name: Give a name of 1 to 120 characters.",
          problems: [{ field: "name", message: "Give a name of 1 to 120 characters." }],
        },
      },
    });
    expect(
      await post({ intent: "profile", locale: "es", name: "  ", role: "Corresponsal", bio: "Escribe." }),
    ).toEqual({
      ok: false,
      form: "es",
      field: "name",
      message: "Escriba un nombre de 1 a 120 caracteres.",
      values: { slug: "layla-mansour", name: "  ", role: "Corresponsal", bio: "Escribe." },
    });
  });

  it("sets the photo from the library, or removes it", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_ES },
      DeskSetAuthorPhoto: { setAuthorPhoto: { __typename: "AuthorProfileSet" } },
    });
    expect(await post({ intent: "photo", mediaId: "12" })).toEqual({ ok: true, done: "photo" });
    expect(await post({ intent: "photo", mediaId: "" })).toEqual({ ok: true, done: "photo" });
    expect(
      sent.filter((call) => call.operation === "DeskSetAuthorPhoto").map((call) => call.variables.mediaId),
    ).toEqual(["12", null]);
  });
});
