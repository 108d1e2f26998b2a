import { afterEach, describe, expect, it, vi } from "vitest";
import { deskRequest, stubApi } from "../testing/api-stub.ts";
import { action } from "./preview.tsx";

const TRANSLATOR_ES = {
  id: "7",
  displayName: "Lucía",
  email: "l@example.org",
  role: "translator",
  locales: ["es"],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

async function post(fields: Record<string, string>, target = "es") {
  const args = {
    params: { locale: "en", articleId: "1006", target },
    ...(await deskRequest(`/en/articles/1006/${target}/preview`, {
      method: "POST",
      body: new URLSearchParams(fields),
    })),
    context: {},
  } as Parameters<typeof action>[0];
  try {
    return await action(args);
  } catch (thrown) {
    return thrown;
  }
}

describe("desk preview action", () => {
  it("asks the API for a token with the session's bearer and sends the tab on to the reader editions", async () => {
    const sent = stubApi({
      DeskMe: { me: TRANSLATOR_ES },
      DeskCreatePreview: {
        createArticlePreview: {
          __typename: "ArticlePreview",
          path: "/preview/1006.es.44.1796611590.sig",
          expiresAt: "2026-12-07T03:00:00.000Z",
        },
      },
    });
    const answer = (await post({ revisionId: "44" })) as Response;
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("http://localhost:3000/preview/1006.es.44.1796611590.sig");
    const call = sent.find((each) => each.operation === "DeskCreatePreview");
    expect(call?.variables).toEqual({ articleId: "1006", locale: "es", revisionId: "44" });
    expect(call?.authorization).toBe("Bearer token-1");
  });

  it("previews the head when no revision is named, and ignores a malformed one", async () => {
    const sent = stubApi({
      DeskMe: { me: TRANSLATOR_ES },
      DeskCreatePreview: {
        createArticlePreview: {
          __typename: "ArticlePreview",
          path: "/preview/t",
          expiresAt: "2026-12-07T03:00:00Z",
        },
      },
    });
    await post({});
    await post({ revisionId: "44 OR 1=1" });
    expect(
      sent.filter((each) => each.operation === "DeskCreatePreview").map((each) => each.variables.revisionId),
    ).toEqual([null, null]);
  });

  it("answers a refusal with 403 and a way back to the editor, in the desk's words", async () => {
    stubApi({
      DeskMe: { me: TRANSLATOR_ES },
      DeskCreatePreview: {
        createArticlePreview: {
          __typename: "Forbidden",
          code: "FORBIDDEN",
          message: "As a translator you may not…",
        },
      },
    });
    const answer = (await post({}, "ar")) as { data: unknown; init: { status: number } };
    expect(answer.init.status).toBe(403);
    expect(answer.data).toEqual({ problem: "forbidden" });
  });
});
