import { sentOperation } from "@sahifa/api-client/sent-operation";
import { resources } from "@sahifa/i18n/resources";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sourceContent } from "../testing/fixtures.ts";
import {
  deskError,
  expireBreaking,
  listBreaking,
  me,
  postBreaking,
  saveTranslation,
  signIn,
  transition,
} from "./desk-api.server.ts";

interface Sent {
  headers: Record<string, string>;
  query: string;
  variables: Record<string, unknown>;
}

/** Answers every GraphQL call with `data` and records what the desk sent. */
function apiAnswering(data: unknown): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string | URL, init: RequestInit) => {
      const body = sentOperation(url, init);
      sent.push({ headers: init.headers as Record<string, string>, ...body });
      return new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
    }),
  );
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A Spanish-speaking editor's session, as the desk's pages pass it. */
const editor = { token: "t", ui: "es" } as const;

const head = {
  id: "31",
  title: "Título de la editora",
  slug: "titulo",
  summary: "",
  body: [{ type: "heading", level: 2, text: "Sacos" }],
  seoTitle: null,
  seoDescription: null,
  authorName: "Elena Ruiz",
  createdAt: "2026-11-24T21:00:00.000Z",
};

describe("desk API calls", () => {
  it("send the session as a bearer token and read the user", async () => {
    const sent = apiAnswering({
      me: { id: "5", displayName: "Tomás", email: "t@example.org", role: "translator", locales: ["es"] },
    });
    expect(await me({ token: "secret-token", ui: "en" })).toEqual({
      id: "5",
      displayName: "Tomás",
      email: "t@example.org",
      role: "translator",
      locales: ["es"],
    });
    expect(sent[0]?.headers.authorization).toBe("Bearer secret-token");
  });

  it("treats credentials the API refuses as input (a NUL character) as wrong, not as a failure", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              errors: [
                { message: "Text may not contain the NUL character", extensions: { code: "BAD_USER_INPUT" } },
              ],
            }),
            { status: 400, headers: { "content-type": "application/graphql-response+json" } },
          ),
      ),
    );
    expect(await signIn("a\u0000@b.c", "x")).toEqual({
      kind: "refused",
      problem: { kind: "wrongCredentials" },
    });
  });

  it("word a refused sign-in: wrong credentials, or locked for whole minutes", async () => {
    apiAnswering({ signIn: { __typename: "SignInFailed", code: "INVALID_CREDENTIALS", retryAfter: null } });
    expect(await signIn("a@b.c", "x")).toEqual({ kind: "refused", problem: { kind: "wrongCredentials" } });
    const now = Date.parse("2026-11-24T21:00:00Z");
    apiAnswering({
      signIn: { __typename: "SignInFailed", code: "ACCOUNT_LOCKED", retryAfter: "2026-11-24T21:04:10Z" },
    });
    expect(await signIn("a@b.c", "x", {}, now)).toEqual({
      kind: "refused",
      problem: { kind: "tooManyAttempts", minutes: 5 },
    });
  });

  it("name the journalist's address when signing in, so the API throttles each client apart", async () => {
    const sent = apiAnswering({
      signIn: { __typename: "SignInFailed", code: "INVALID_CREDENTIALS", retryAfter: null },
    });
    await signIn("a@b.c", "x", { "x-forwarded-for": "203.0.113.9" });
    expect(sent[0]?.headers["x-forwarded-for"]).toBe("203.0.113.9");
  });

  it("turn a conflict into both versions, the current head and the text that was sent", async () => {
    const sent = apiAnswering({
      saveTranslation: { __typename: "Conflict", code: "CONFLICT", message: "m", head },
    });
    const result = await saveTranslation(editor, {
      articleId: 3,
      locale: "es",
      basedOnRevisionId: 30,
      content: sourceContent,
    });
    expect(sent[0]?.variables).toMatchObject({ articleId: "3", locale: "es", basedOnRevisionId: "30" });
    expect(result).toEqual({
      kind: "conflict",
      yours: sourceContent,
      head: {
        revisionId: 31,
        authorName: "Elena Ruiz",
        createdAt: "2026-11-24T21:00:00.000Z",
        content: {
          title: "Título de la editora",
          slug: "titulo",
          summary: "",
          body: [{ type: "heading", level: 2, text: "Sacos" }],
          seoTitle: null,
          seoDescription: null,
        },
      },
    });
  });

  it("keep validation problems with their block, and tell a stale session from a forbidden one", async () => {
    const problem = { field: "content[0].href", blockIndex: 0, blockType: "paragraph", message: "Bad link" };
    apiAnswering({
      saveTranslation: { __typename: "ValidationError", code: "INVALID", message: "m", problems: [problem] },
    });
    const input = { articleId: 3, locale: "es" as const, basedOnRevisionId: 30, content: sourceContent };
    expect(await saveTranslation(editor, input)).toEqual({
      kind: "invalid",
      errors: [problem],
      yours: sourceContent,
    });
    apiAnswering({ saveTranslation: { __typename: "Forbidden", code: "SESSION_EXPIRED", message: "m" } });
    expect(await saveTranslation(editor, input)).toEqual({ kind: "sessionExpired" });
    apiAnswering({ saveTranslation: { __typename: "Forbidden", code: "FORBIDDEN", message: "m" } });
    expect(await saveTranslation(editor, input)).toEqual({ kind: "forbidden" });
  });

  it("ask for exactly one status change", async () => {
    const sent = apiAnswering({
      publishTranslation: { __typename: "TranslationStatusChanged", translation: { status: "published" } },
    });
    expect(await transition(editor, { articleId: 3, locale: "es", action: "publish" })).toEqual({
      kind: "workflow",
      action: "publish",
      status: "published",
    });
    const flags = Object.entries(sent[0]?.variables ?? {}).filter(([, value]) => value === true);
    expect(flags).toEqual([["publish", true]]);
  });

  it("ask the API for a save's refusal in the desk's language, and keep its code and params", async () => {
    const problem = {
      field: "slug",
      blockIndex: null,
      blockType: null,
      message: "La dirección solo admite…",
      code: "slug_invalid",
      params: [{ name: "suggestion", value: "que-pasa" }],
    };
    const sent = apiAnswering({
      saveTranslation: { __typename: "ValidationError", code: "INVALID", message: "m", problems: [problem] },
    });
    const input = { articleId: 3, locale: "es" as const, basedOnRevisionId: 30, content: sourceContent };
    const answer = await saveTranslation({ token: "t", ui: "es" }, input);
    expect(sent[0]?.headers["accept-language"]).toBe("es");
    expect(answer).toMatchObject({
      kind: "invalid",
      errors: [{ field: "slug", code: "slug_invalid", params: { suggestion: "que-pasa" } }],
    });
    const refused = apiAnswering({
      rejectTranslation: { __typename: "InvalidTransition", code: "INVALID_TRANSITION", message: "لا يسمح…" },
    });
    expect(
      await transition({ token: "t", ui: "ar" }, { articleId: 3, locale: "es", action: "reject" }),
    ).toEqual({
      kind: "failed",
      message: "لا يسمح…",
    });
    expect(refused[0]?.headers["accept-language"]).toBe("ar");
  });
});

describe("a refusal on an Arabic desk", () => {
  const arabicDesk = { token: "t", ui: "ar" } as const;
  const english = resources.en.desk.save.apiRefused;
  const arabic = resources.ar.desk.save.apiRefused;

  it("is asked for in Arabic by every kind of call, reads and writes alike", async () => {
    const sent = apiAnswering({
      me: null,
      breaking: [],
      expireBreakingNews: { __typename: "NotFound", code: "NOT_FOUND", message: "لا يوجد" },
      postBreakingNews: { __typename: "Forbidden", code: "FORBIDDEN", message: "غير مسموح" },
    });
    await me(arabicDesk);
    await listBreaking(arabicDesk, "ar");
    await expireBreaking(arabicDesk, 4);
    await postBreaking(arabicDesk, { locale: "ar", text: "نص", attribution: null, url: null, expiresAt: "" });
    expect(sent).toHaveLength(4);
    for (const call of sent) expect(call.headers["accept-language"]).toBe("ar");
  });

  it("that the API sends without words is worded from the desk's Arabic catalogue, never in English", async () => {
    expect(arabic).not.toBe(english);
    apiAnswering({ expireBreakingNews: { __typename: "InvalidTransition", code: "INVALID_TRANSITION" } });
    const answer = await expireBreaking(arabicDesk, 4);
    expect(answer).toEqual({ ok: false, problem: { kind: "failed", message: arabic } });
    expect(deskError({ __typename: "Conflict" }, "es")).toEqual({
      kind: "failed",
      message: resources.es.desk.save.apiRefused,
    });
  });
});
