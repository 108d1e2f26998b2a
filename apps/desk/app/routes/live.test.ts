import { afterEach, describe, expect, it, vi } from "vitest";
import { deskRequest, stubApi } from "../testing/api-stub.ts";
import { action, loader } from "./live.tsx";

const EDITOR_AR = { id: "3", displayName: "Layla", email: "l@example.org", role: "editor", locales: ["ar"] };
const TRANSLATOR_AR = { ...EDITOR_AR, role: "translator" };
const STORY = {
  kind: "live",
  title: "مباشر: عاصفة متوسطية",
  url: "/ar/news/environment/1066/عاصفة",
  liveUpdates: [
    { id: "12", title: "الميناء", body: "أُغلق الميناء.", createdAt: "2026-11-24T11:40:00.000Z" },
    { id: "11", title: null, body: "بدأ المطر.", createdAt: "2026-11-24T11:05:00.000Z" },
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

const loaderArgs = async (path: string) =>
  ({ params: { locale: "en" }, ...(await deskRequest(path)), context: {} }) as Parameters<typeof loader>[0];

describe("desk live page loader", () => {
  it("offers a translator no stories and no form, without asking the API for them", async () => {
    const sent = stubApi({ DeskMe: { me: TRANSLATOR_AR } });
    const result = await loader(await loaderArgs("/en/live?article=1066&edition=ar"));
    expect(result.data).toMatchObject({ mayPost: false, stories: [], story: null });
    expect(sent.map((call) => call.operation)).toEqual(["DeskMe"]);
  });

  it("gives an editor their live stories and the story asked for, updates newest first", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskLiveStories: {
        liveStories: [{ id: "1066", locale: "ar", title: STORY.title, liveUpdates: [{ createdAt: "x" }] }],
      },
      DeskLiveStory: { article: STORY },
    });
    const result = await loader(await loaderArgs("/en/live?article=1066&edition=ar&posted=12"));
    expect(result.data).toMatchObject({
      mayPost: true,
      missing: false,
      justPosted: 12,
      stories: [{ articleId: 1066, locale: "ar", title: STORY.title, lastUpdateAt: "x" }],
      // The story's reader page, on the reader editions' origin (READER_URL, default localhost:3000).
      story: {
        articleId: 1066,
        locale: "ar",
        url: "http://localhost:3000/ar/news/environment/1066/%D8%B9%D8%A7%D8%B5%D9%81%D8%A9",
        updates: [{ id: 12 }, { id: 11 }],
      },
    });
    expect(sent.every((call) => call.authorization === "Bearer token-1")).toBe(true);
    expect(sent.find((call) => call.operation === "DeskLiveStory")?.variables).toEqual({
      id: "1066",
      locale: "ar",
    });
  });

  it("does not open a story in an edition the editor may not write in, and says it is not live there", async () => {
    const sent = stubApi({ DeskMe: { me: EDITOR_AR }, DeskLiveStories: { liveStories: [] } });
    const result = await loader(await loaderArgs("/en/live?article=1066&edition=es"));
    expect(result.data).toMatchObject({ story: null, missing: true });
    expect(sent.map((call) => call.operation)).not.toContain("DeskLiveStory");
  });
});

describe("desk live page action", () => {
  const post = async (fields: Record<string, string>) =>
    action({
      params: { locale: "en" },
      ...(await deskRequest("/en/live?article=1066&edition=ar", {
        method: "POST",
        body: new URLSearchParams(fields),
      })),
      context: {},
    } as Parameters<typeof action>[0]);

  it("posts the update and redirects to the story, so a reload cannot post it twice", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskPostLiveUpdate: { postLiveUpdate: { __typename: "LiveUpdatePosted", update: { id: "13" } } },
    });
    const response = await post({ articleId: "1066", locale: "ar", title: "  ", body: "عاد التيار." }).catch(
      (thrown: unknown) => thrown,
    );
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(302);
    expect((response as Response).headers.get("location")).toBe("/en/live?article=1066&edition=ar&posted=13");
    expect(sent.find((call) => call.operation === "DeskPostLiveUpdate")?.variables).toEqual({
      articleId: "1066",
      locale: "ar",
      title: null,
      body: "عاد التيار.",
    });
  });

  it("keeps what was typed with the API's typed refusal", async () => {
    stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskPostLiveUpdate: {
        postLiveUpdate: {
          __typename: "ValidationError",
          code: "INVALID",
          message: "body: The update has no text.",
          problems: [{ field: "body", message: "The update has no text." }],
        },
      },
    });
    expect(await post({ articleId: "1066", locale: "ar", title: "الميناء", body: " " })).toEqual({
      problem: { kind: "invalid", field: "body", message: "The update has no text." },
      values: { title: "الميناء", body: " " },
    });
    stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskPostLiveUpdate: {
        postLiveUpdate: {
          __typename: "NotFound",
          code: "NOT_FOUND",
          message: "Only a live story takes live updates.",
        },
      },
    });
    expect(await post({ articleId: "7", locale: "ar", title: "", body: "نص" })).toMatchObject({
      problem: { kind: "notFound" },
    });
  });
});
