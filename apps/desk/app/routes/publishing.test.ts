import { resources } from "@sahifa/i18n/resources";
import { afterEach, describe, expect, it, vi } from "vitest";
import { deskRequest, stubApi } from "../testing/api-stub.ts";
import { action, loader } from "./publishing.tsx";

const EDITOR_AR = { id: "3", displayName: "Layla", email: "l@example.org", role: "editor", locales: ["ar"] };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const post = async (fields: Record<string, string>) =>
  action({
    params: { locale: "ar", articleId: "12", target: "ar" },
    ...(await deskRequest("/ar/articles/12/ar/publishing", {
      method: "POST",
      body: new URLSearchParams(fields),
    })),
    context: {},
  } as Parameters<typeof action>[0]);

describe("desk publishing page action", () => {
  it("publishes only the revision the page showed: one saved since is refused in the desk's language", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskCheckedTransition: {
        publishTranslation: { __typename: "Conflict", code: "CONFLICT", message: "The head moved" },
      },
    });
    expect(await post({ intent: "publish", headRevisionId: "41" })).toEqual({
      ok: false,
      form: "publish",
      problem: { kind: "failed", message: resources.ar.desk.actions.headMoved },
    });
    const publish = sent.find((call) => call.operation === "DeskCheckedTransition");
    expect(publish?.variables).toMatchObject({ headRevisionId: "41", publish: true });
    expect(publish?.language).toBe("ar");
  });

  it("schedules the typed wall time read in the newsroom's zone (UTC here)", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-07T10:00:00Z"), toFake: ["Date"] });
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskSchedule: {
        schedulePublication: {
          __typename: "PublicationScheduled",
          publication: { publishAt: "2026-12-07T18:30:00.000Z" },
        },
      },
    });
    expect(await post({ intent: "schedule", publishAt: "2026-12-07T18:30" })).toEqual({
      ok: true,
      done: "scheduled",
      publishAt: "2026-12-07T18:30:00.000Z",
    });
    expect(sent.find((call) => call.operation === "DeskSchedule")?.variables).toEqual({
      articleId: "12",
      locale: "ar",
      publishAt: "2026-12-07T18:30:00.000Z",
    });
  });

  it("refuses a time that has passed, or no time, without asking the API, and keeps what was typed", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-07T10:00:00Z"), toFake: ["Date"] });
    const sent = stubApi({ DeskMe: { me: EDITOR_AR } });
    expect(await post({ intent: "schedule", publishAt: "2026-12-07T09:59" })).toEqual({
      ok: false,
      form: "schedule",
      problem: { kind: "invalid", field: "publishAt", message: "" },
      typed: "2026-12-07T09:59",
    });
    expect(await post({ intent: "schedule", publishAt: "" })).toMatchObject({
      ok: false,
      form: "schedule",
      typed: "",
    });
    expect(sent.map((call) => call.operation)).toEqual(["DeskMe", "DeskMe"]);
  });

  it("unschedules, and says when nothing was pending any more", async () => {
    stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskUnschedule: { cancelScheduledPublication: { __typename: "ScheduleCancelled", cancelled: false } },
    });
    expect(await post({ intent: "unschedule" })).toEqual({ ok: true, done: "unscheduled", cancelled: false });
  });

  it("adds a correction, and keeps the text when the API refuses it", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskAddNote: {
        addArticleNote: {
          __typename: "InvalidTransition",
          code: "INVALID_TRANSITION",
          message: "Only a published translation takes notes.",
        },
      },
    });
    const text = "صُحّح طول الجدار: 400 متر.";
    expect(await post({ intent: "note", kind: "correction", text: ` ${text} ` })).toEqual({
      ok: false,
      form: "note",
      problem: { kind: "invalid", field: "published", message: "Only a published translation takes notes." },
      values: { kind: "correction", text: ` ${text} ` },
    });
    expect(sent.find((call) => call.operation === "DeskAddNote")?.variables).toEqual({
      articleId: "12",
      locale: "ar",
      kind: "CORRECTION",
      text,
    });
  });

  it("publishes now with the API asked in the desk's language, and shows its refusal as worded", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskCheckedTransition: {
        publishTranslation: {
          __typename: "InvalidTransition",
          code: "INVALID_TRANSITION",
          message: "لا يمكن نشر ترجمة مؤرشفة.",
        },
      },
    });
    expect(await post({ intent: "publish" })).toEqual({
      ok: false,
      form: "publish",
      problem: { kind: "failed", message: "لا يمكن نشر ترجمة مؤرشفة." },
    });
    expect(sent.find((call) => call.operation === "DeskCheckedTransition")?.language).toBe("ar");
  });

  it("runs the editor's text checks: untranslated blocks refuse the publish until it is repeated with a note", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskCheckedTransition: {
        publishTranslation: {
          __typename: "UntranslatedText",
          message: "فقرتان ما زالتا غير مترجمتين.",
          blocks: [{ blockIndex: 2, message: "الفقرة 3 ما زالت بالإنجليزية." }],
          glossaryIssues: [{ blockIndex: 0, message: "المصطلح المعتمد غائب." }],
        },
      },
    });
    expect(await post({ intent: "publish" })).toEqual({
      ok: false,
      form: "textChecks",
      checks: {
        kind: "textChecks",
        action: "publish",
        message: "فقرتان ما زالتا غير مترجمتين.",
        warnings: [
          { blockIndex: 0, message: "المصطلح المعتمد غائب." },
          { blockIndex: 2, message: "الفقرة 3 ما زالت بالإنجليزية." },
        ],
      },
    });
    expect(sent.find((call) => call.operation === "DeskCheckedTransition")?.variables).toMatchObject({
      publish: true,
      overrideNote: null,
      headRevisionId: null,
    });

    const again = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskCheckedTransition: {
        publishTranslation: { __typename: "TranslationStatusChanged", translation: { status: "published" } },
      },
    });
    expect(
      await post({ intent: "publish", overrideNote: " اسم المؤسسة يبقى بالإنجليزية ", headRevisionId: "41" }),
    ).toEqual({ ok: true, done: "published" });
    expect(again.find((call) => call.operation === "DeskCheckedTransition")?.variables).toMatchObject({
      overrideNote: "اسم المؤسسة يبقى بالإنجليزية",
      headRevisionId: "41",
    });
  });

  it("words an action it does not know in the desk's language", async () => {
    stubApi({ DeskMe: { me: EDITOR_AR } });
    expect(await post({ intent: "launch" })).toEqual({
      ok: false,
      form: "publish",
      problem: { kind: "failed", message: "لا تعرف هذه الصفحة هذا الإجراء. أعد تحميلها وحاول مرة أخرى." },
    });
  });

  it("asks for schedules, unschedules and notes in the desk's language too", async () => {
    const sent = stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskUnschedule: { cancelScheduledPublication: { __typename: "ScheduleCancelled", cancelled: true } },
    });
    await post({ intent: "unschedule" });
    expect(sent.find((call) => call.operation === "DeskUnschedule")?.language).toBe("ar");
  });

  it("names a lead image without alt text in this edition apart from the other images, without blocking", async () => {
    stubApi({
      DeskMe: { me: EDITOR_AR },
      DeskPublishing: {
        deskTranslation: {
          status: "in_review",
          publishedAt: null,
          head: { id: "41", title: "المياه تعود" },
          published: null,
          scheduledPublication: null,
          notes: [],
          imagesWithoutAlt: ["4", "9"],
        },
        deskArticle: { leadMediaId: "9" },
      },
    });
    const page = await loader({
      params: { locale: "ar", articleId: "12", target: "ar" },
      ...(await deskRequest("/ar/articles/12/ar/publishing")),
      context: {},
    } as Parameters<typeof loader>[0]);
    expect(page.data.publishing).toMatchObject({
      headRevisionId: 41,
      leadWithoutAlt: 9,
      otherImagesWithoutAlt: [4],
    });
    expect(page.data.canPublishNow).toBe(true);
  });
});
