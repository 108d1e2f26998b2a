import { afterEach, describe, expect, it, vi } from "vitest";
import { deskRequest, stubApi } from "../testing/api-stub.ts";
import { loader } from "./media-choices.ts";

const EDITOR_AR = { id: "6", displayName: "هالة", email: "h@example.org", role: "editor", locales: ["ar"] };

afterEach(() => vi.unstubAllGlobals());

async function load(query: string) {
  return loader({
    params: { locale: "ar" },
    ...(await deskRequest(`/ar/media-choices?${query}`)),
    context: {},
  } as Parameters<typeof loader>[0]);
}

describe("the media pickers' resource route", () => {
  it("asks the API for one page of videos matching the search, texts in the edition being written", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskMediaChoices: {
        mediaLibrary: {
          totalCount: 30,
          hasNextPage: true,
          endCursor: "41",
          items: [
            {
              id: "41",
              kind: "video",
              fileName: "souq-clip.mp4",
              missingAltLocales: ["en", "es"],
              image: null,
              video: {
                url: "/media/v/abc.mp4",
                title: "الباعة في السوق",
                durationSeconds: 2.04,
                poster: { id: "40", url: "/media/r/def/full-640.jpg" },
                captions: [{ locale: "ar" }],
              },
            },
          ],
        },
      },
    });
    const page = await load("kind=video&edition=es&search=souq&after=60");
    expect(page.data).toEqual({
      items: [
        {
          id: 41,
          kind: "video",
          url: "/media/r/def/full-640.jpg",
          alt: "الباعة في السوق",
          fileName: "souq-clip.mp4",
          missingAltLocales: ["en", "es"],
          video: { url: "/media/v/abc.mp4", posterId: 40, durationSeconds: 2.04, captionLocales: ["ar"] },
        },
      ],
      endCursor: "41",
      totalCount: 30,
    });
    expect(sent.find((call) => call.operation === "DeskMediaChoices")?.variables).toEqual({
      kind: "video",
      search: "souq",
      after: "60",
      locale: "es",
      first: 24,
    });
  });

  it("refuses an unknown edition without asking the API", async () => {
    const sent = stubApi({ DeskMe: { me: EDITOR_AR } });
    const page = await load("kind=image&edition=fr");
    expect(page.init?.status).toBe(400);
    expect(sent.map((call) => call.operation)).toEqual(["DeskMe"]);
  });
});
