import { afterEach, describe, expect, it, vi } from "vitest";
import { deskRequest, stubApi } from "../testing/api-stub.ts";
import { action } from "./breaking.tsx";

const EDITOR_ES = { id: "4", displayName: "Marta", email: "m@example.org", role: "editor", locales: ["es"] };

afterEach(() => {
  vi.unstubAllGlobals();
});

const post = async (fields: Record<string, string>) =>
  action({
    params: { locale: "es" },
    ...(await deskRequest("/es/breaking", { method: "POST", body: new URLSearchParams(fields) })),
    context: {},
  } as Parameters<typeof action>[0]);

const typed = {
  intent: "post",
  locale: "es",
  text: "  Corte de luz en el centro de Valencia ",
  attribution: "Iberdrola",
  url: "",
  expiresAt: "2026-11-25T18:00",
};

describe("desk breaking page action", () => {
  it("posts the item with the expiry read as UTC and no empty optional fields", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_ES },
      DeskPostBreaking: { postBreakingNews: { __typename: "BreakingNewsPosted" } },
    });
    expect(await post(typed)).toEqual({ ok: true, done: "posted" });
    expect(sent.find((call) => call.operation === "DeskPostBreaking")?.variables).toEqual({
      locale: "es",
      text: "Corte de luz en el centro de Valencia",
      attribution: "Iberdrola",
      url: null,
      expiresAt: "2026-11-25T18:00:00.000Z",
    });
  });

  it("keeps what was typed with the field the API refused", async () => {
    stubApi({
      DeskMe: { me: EDITOR_ES },
      DeskPostBreaking: {
        postBreakingNews: {
          __typename: "ValidationError",
          code: "INVALID",
          message: "url: The link is refused (scheme): use an http(s) or site-relative URL.",
          problems: [
            { field: "url", message: "The link is refused (scheme): use an http(s) or site-relative URL." },
          ],
        },
      },
    });
    const { intent: _intent, ...values } = { ...typed, url: "ftp://example.org/aviso" };
    expect(await post({ ...typed, url: "ftp://example.org/aviso" })).toEqual({
      ok: false,
      problem: {
        kind: "invalid",
        field: "url",
        message: "The link is refused (scheme): use an http(s) or site-relative URL.",
      },
      values,
    });
  });

  it("refuses an unreadable expiry without asking the API, keeping the text", async () => {
    const sent = stubApi({ DeskMe: { me: EDITOR_ES } });
    expect(await post({ ...typed, expiresAt: "" })).toMatchObject({
      ok: false,
      problem: { kind: "invalid", field: "expiresAt" },
      values: { text: typed.text, attribution: "Iberdrola", expiresAt: "" },
    });
    expect(sent.map((call) => call.operation)).toEqual(["DeskMe"]);
  });

  it("reads the API's other refusals as the form words them", async () => {
    stubApi({
      DeskMe: { me: EDITOR_ES },
      DeskPostBreaking: {
        postBreakingNews: { __typename: "Forbidden", code: "FORBIDDEN", message: "Not an editor of es." },
      },
    });
    expect(await post(typed)).toMatchObject({ ok: false, problem: { kind: "forbidden" } });
    stubApi({
      DeskMe: { me: EDITOR_ES },
      DeskExpireBreaking: {
        expireBreakingNews: { __typename: "NotFound", code: "NOT_FOUND", message: "No breaking item 9." },
      },
    });
    expect(await post({ intent: "expire", id: "9" })).toEqual({ ok: false, problem: { kind: "notFound" } });
  });
});
