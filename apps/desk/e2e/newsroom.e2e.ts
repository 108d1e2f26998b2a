import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import { createPublishedOriginal, deskAccount, graphqlCall } from "@sahifa/e2e-harness/desk-fixtures";
import { formatNewsroomDateTime } from "@sahifa/i18n/newsroom-time";
import { wallTimeOf } from "@sahifa/i18n/newsroom-wall-time";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/*
 * Running the newsroom from the desk, in Chromium against the built desk and a real API, with
 * the newsroom in Asia/Qatar (e2e/global-setup.ts): an Arabic editor schedules a translation
 * at a time typed in Doha's time, sees it in the queue with the zone named, unschedules it,
 * publishes and corrects it; uploads a photo and words its alt text; a wrong file is refused in
 * Arabic and nothing is stored.
 */

const deskUrl = inject("deskUrl");
const apiUrl = inject("apiUrl");
const ZONE = "Asia/Qatar";

let articleId: number;
let secondId: number;
let editorToken: string;
/** One signed-in desk for the whole file: sign-ins per client are throttled (note 020). */
let page: Page;
const browsers: OpenBrowser[] = [];

async function apiToken(email: string): Promise<string> {
  const account = deskAccount(email);
  const data = await graphqlCall<{ signIn: { token?: string } }>(
    apiUrl,
    `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { ... on SignedIn { token } } }`,
    account,
  );
  if (!data.signIn.token) throw new Error(`${email} could not sign in`);
  return data.signIn.token;
}

async function signedInPage(email: string, ui: "en" | "ar" | "es"): Promise<Page> {
  const account = deskAccount(email);
  const browser = await openBrowser();
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.goto(`${deskUrl}/${ui}`);
  await page.fill('input[name="email"]', account.email);
  await page.fill('input[name="password"]', account.password);
  await Promise.all([page.waitForURL(`${deskUrl}/${ui}`), page.click('.desk-sign-in button[type="submit"]')]);
  return page;
}

const submit = (page: Page, selector: string) =>
  Promise.all([page.waitForLoadState("load"), page.click(selector)]);

beforeAll(async () => {
  articleId = (await createPublishedOriginal(apiUrl)).id;
  secondId = (await createPublishedOriginal(apiUrl)).id;
  editorToken = await apiToken("editor.ar@sahifa.example");
  // The Arabic edition's draft, filled from the English source (the translation itself is the desk suite's).
  const added = await graphqlCall<{ addTranslation: { __typename: string } }>(
    apiUrl,
    `mutation ($id: ID!) { addTranslation(articleId: $id, locale: ar, fillFromSource: true) { __typename } }`,
    { id: String(articleId) },
    editorToken,
  );
  expect(added.addTranslation.__typename).toBe("TranslationCreated");
  // Written in Arabic, block for block, so publishing is not held back by untranslated text (note 070).
  const { deskTranslation } = await graphqlCall<{ deskTranslation: { head: { id: string } } }>(
    apiUrl,
    `query ($id: ID!) { deskTranslation(articleId: $id, locale: ar) { head { id } } }`,
    { id: String(articleId) },
    editorToken,
  );
  const saved = await graphqlCall<{ saveTranslation: { __typename: string; message?: string } }>(
    apiUrl,
    `mutation ($id: ID!, $based: ID!, $content: TranslationContentInput!) {
      saveTranslation(articleId: $id, locale: ar, basedOnRevisionId: $based, content: $content) {
        __typename ... on DeskError { message }
      }
    }`,
    {
      id: String(articleId),
      based: deskTranslation.head.id,
      content: {
        title: "مدن النهر تستعد لفيضانات الربيع",
        slug: `river-towns-ar-${articleId}`,
        summary: "متطوعون يملؤون أكياس الرمل مع ارتفاع منسوب النهر.",
        body: [
          {
            type: "paragraph",
            content: [
              { text: "ارتفع النهر " },
              { text: "نصف متر", marks: ["bold"] },
              { text: " خلال الليل مع ذوبان الثلوج مبكراً في التلال." },
            ],
          },
          { type: "heading", level: 2, text: "أكياس الرمل عند الجسر القديم" },
          { type: "quote", text: "فعلنا هذا من قبل، وسنفعله مجدداً.", attribution: "متطوع" },
          { type: "list", ordered: false, items: [[{ text: "أحذية" }], [{ text: "مصابيح" }]] },
        ],
      },
    },
    editorToken,
  );
  expect(saved.saveTranslation.__typename).toBe("TranslationSaved");
  page = await signedInPage("editor.ar@sahifa.example", "ar");
});

afterAll(async () => {
  await Promise.all(browsers.map((browser) => browser.close()));
});

describe("desk: scheduling, publishing and corrections", () => {
  it("an Arabic editor schedules the translation in Doha's time, sees it in the queue with the zone named, and unschedules it", async () => {
    const publishingUrl = `${deskUrl}/ar/articles/${articleId}/ar/publishing`;
    await page.goto(`${deskUrl}/ar/articles/${articleId}/ar`);
    await Promise.all([page.waitForURL(publishingUrl), page.click('[data-testid="publishing-link"]')]);
    expect(await page.locator('[data-testid="newsroom-zone"]').textContent()).toContain("توقيت قطر");

    // An hour ago in Doha: refused in Arabic, the typed time kept.
    const anHourAgo = wallTimeOf(Date.now() - 3_600_000, ZONE);
    await page.fill('input[name="publishAt"]', anHourAgo);
    await submit(page, '[data-testid="schedule"]');
    expect(await page.locator('[data-testid="schedule-error"]').textContent()).toContain("لقد مضى");
    expect(await page.inputValue('input[name="publishAt"]')).toBe(anHourAgo);

    // Two days ahead at 18:30 Doha time is 15:30 UTC.
    const day = wallTimeOf(Date.now() + 2 * 86_400_000, ZONE).slice(0, 10);
    const expected = new Date(`${day}T15:30:00.000Z`).toISOString();
    await page.fill('input[name="publishAt"]', `${day}T18:30`);
    await submit(page, '[data-testid="schedule"]');
    expect(await page.locator('[data-testid="publishing-notice"]').textContent()).toContain(
      formatNewsroomDateTime(expected, "ar", ZONE),
    );
    expect(await page.locator('[data-testid="scheduled-at"]').getAttribute("data-scheduled")).toBe(expected);

    await page.goto(`${deskUrl}/ar?locale=ar`);
    const scheduled = page.locator(
      `tr[data-article="${articleId}"][data-target="ar"] [data-testid="queue-scheduled"]`,
    );
    expect(await scheduled.locator("time").getAttribute("datetime")).toBe(expected);
    const queued = await scheduled.textContent();
    expect(queued).toContain("توقيت قطر");
    expect(queued).toContain(formatNewsroomDateTime(expected, "ar", ZONE));

    await Promise.all([page.waitForURL(publishingUrl), scheduled.click()]);
    await submit(page, '[data-testid="unschedule"]');
    expect(await page.locator('[data-testid="publishing-notice"]').textContent()).toBe("أُلغي النشر المجدول.");
    expect(await page.locator('[data-testid="scheduled-at"]').getAttribute("data-scheduled")).toBe("");
    const after = await graphqlCall<{ deskTranslation: { scheduledPublication: unknown } }>(
      apiUrl,
      `query ($id: ID!) { deskTranslation(articleId: $id, locale: ar) { scheduledPublication { publishAt } } }`,
      { id: String(articleId) },
      editorToken,
    );
    expect(after.deskTranslation.scheduledPublication).toBeNull();
  });

  it("publishes now, then adds a correction that the article's history and readers list", async () => {
    await page.goto(`${deskUrl}/ar/articles/${articleId}/ar/publishing`);
    await submit(page, '[data-testid="publish-now"]');
    expect(await page.locator("article.desk-publishing").getAttribute("data-status")).toBe("published");

    const correction = `صُحّح ارتفاع منسوب النهر: نصف متر لا متر كامل (${Date.now()}).`;
    await page.fill('[data-testid="note-form"] textarea[name="text"]', correction);
    await submit(page, '[data-testid="note-form"] button[type="submit"]');
    expect(await page.locator('[data-testid="publishing-notice"]').textContent()).toContain("أُضيفت");
    const listed = page.locator('[data-testid="article-notes"] li[data-kind="correction"]', {
      hasText: correction,
    });
    expect(await listed.count()).toBe(1);
    expect(await listed.textContent()).toContain("تصحيح");
    // The article's history in the desk lists it beside the revisions.
    await page.goto(`${deskUrl}/ar/articles/${articleId}/ar/revisions`);
    expect(await page.locator('[data-testid="article-notes"]').textContent()).toContain(correction);

    const reader = await graphqlCall<{ article: { notes: Array<{ kind: string; text: string }> } }>(
      apiUrl,
      `query ($id: ID!) { article(id: $id, locale: ar) { notes { kind text } } }`,
      { id: String(articleId) },
    );
    expect(reader.article.notes).toContainEqual({ kind: "CORRECTION", text: correction });
  });

  it("a translation scheduled for the next minute reaches readers of /ar at its time, published once by the API's scheduler", async () => {
    const second = secondId;
    await graphqlCall(
      apiUrl,
      `mutation ($id: ID!) { addTranslation(articleId: $id, locale: ar, fillFromSource: false) { __typename } }`,
      { id: String(second) },
      editorToken,
    );
    const { deskTranslation } = await graphqlCall<{ deskTranslation: { head: { id: string } } }>(
      apiUrl,
      `query ($id: ID!) { deskTranslation(articleId: $id, locale: ar) { head { id } } }`,
      { id: String(second) },
      editorToken,
    );
    const title = `الجسر القديم يصمد أمام الفيضان ${second}`;
    await graphqlCall(
      apiUrl,
      `mutation ($id: ID!, $based: ID!, $content: TranslationContentInput!) {
          saveTranslation(articleId: $id, locale: ar, basedOnRevisionId: $based, content: $content) { __typename }
        }`,
      {
        id: String(second),
        based: deskTranslation.head.id,
        content: {
          title,
          slug: `old-bridge-ar-${second}`,
          summary: "صمد الجسر القديم أمام مياه الفيضان.",
          body: [{ type: "paragraph", content: [{ text: "صمد الجسر القديم طوال الليل." }] }],
        },
      },
      editorToken,
    );
    const reader = async () =>
      (
        await graphqlCall<{ article: { title: string } | null }>(
          apiUrl,
          `query ($id: ID!) { article(id: $id, locale: ar) { title } }`,
          { id: String(second) },
        )
      ).article;

    // The next whole minute at least 15 seconds away, typed in Doha's time.
    const at = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000);
    await page.goto(`${deskUrl}/ar/articles/${second}/ar/publishing`);
    await page.fill('input[name="publishAt"]', wallTimeOf(at, ZONE));
    await submit(page, '[data-testid="schedule"]');
    expect(await page.locator('[data-testid="scheduled-at"]').getAttribute("data-scheduled")).toBe(
      at.toISOString(),
    );
    expect(await reader()).toBeNull();

    // The API's scheduler polls every 5 s: the article is public within a poll of its time.
    let published = await reader();
    while (!published && Date.now() < at.getTime() + 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      published = await reader();
    }
    expect(published).toEqual({ title });
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
  }, 150_000);

  it("the breaking-news form expires six hours ahead by default, in the newsroom's zone, named", async () => {
    const before = Date.now();
    await page.goto(`${deskUrl}/ar/breaking`);
    const expiry = await page.inputValue('input[name="expiresAt"]');
    const sixHours = 6 * 3_600_000;
    expect([wallTimeOf(before + sixHours, ZONE), wallTimeOf(Date.now() + sixHours, ZONE)]).toContain(expiry);
    expect(await page.locator(".desk-breaking-form").textContent()).toContain("توقيت قطر");
  });
});

describe("desk: media library", () => {
  const libraryCount = async () =>
    (
      await graphqlCall<{ mediaLibrary: { items: unknown[] } }>(
        apiUrl,
        "{ mediaLibrary(first: 100) { items { id } } }",
        {},
        editorToken,
      )
    ).mediaLibrary.items.length;

  it("an Arabic editor uploads a JPEG with its Arabic alt text, then places its focal point", async () => {
    await page.goto(`${deskUrl}/ar/media`);
    // Grain makes a photo of a few megabytes: more than a desk form may send, so it streams through.
    const photo = await sharp({
      create: {
        width: 1600,
        height: 1200,
        channels: 3,
        background: { r: 30, g: 110, b: 160 },
        noise: { type: "gaussian", mean: 128, sigma: 60 },
      },
    })
      .jpeg({ quality: 95 })
      .toBuffer();
    expect(photo.byteLength).toBeGreaterThan(1024 * 1024);
    const alt = `قوارب صيد راسية في ميناء طرابلس عند الفجر ${Date.now()}`;
    await page.fill('[data-testid="upload-form"] input[name="alt"]', alt);
    await page.setInputFiles('[data-testid="upload-form"] input[name="file"]', {
      name: "harbour.jpg",
      mimeType: "image/jpeg",
      buffer: photo,
    });
    await Promise.all([
      page.waitForURL(new RegExp(`^${deskUrl}/ar/media/\\d+\\?uploaded=1$`)),
      page.click('[data-testid="upload"]'),
    ]);
    expect(await page.locator('[data-testid="media-notice"]').textContent()).toBe("رُفع الملف.");
    expect(await page.inputValue('[data-testid="texts-ar"] input[name="alt"]')).toBe(alt);
    // English and Spanish have no alt text yet, and no edition a caption: the page says which.
    expect(await page.locator('[data-testid="media-lacking"]').textContent()).toContain("English");

    const picture = page.locator('[data-testid="focal-picture"]');
    const box = await picture.boundingBox();
    if (!box) throw new Error("the focal-point picture is not shown");
    await Promise.all([
      page.waitForLoadState("load"),
      picture.click({ position: { x: box.width * 0.25, y: box.height * 0.75 } }),
    ]);
    expect(await page.locator('[data-testid="media-notice"]').textContent()).toBe("حُفظت نقطة التركيز.");
    expect(await page.locator('[data-testid="focal-at"]').textContent()).toMatch(
      /2[45]٪.*7[45]٪|2[45].*7[45]/,
    );
  });

  it("refuses a file that is no image or video, in Arabic with what is accepted, and stores nothing", async () => {
    const before = await libraryCount();
    await page.goto(`${deskUrl}/ar/media`);
    await page.fill('[data-testid="upload-form"] input[name="alt"]', "ليست صورة");
    await page.setInputFiles('[data-testid="upload-form"] input[name="file"]', {
      name: "photo.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from("These are the minutes of the editorial meeting, not a photograph.\n".repeat(20)),
    });
    await page.click('[data-testid="upload"]');
    const error = page.locator('[data-testid="upload-error"]');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      "هذا الملف ليس صورة أو فيديو مقبولاً. المقبول: صور JPEG أو PNG أو WebP أو AVIF حتى 25 ميغابايت و50 ميغابكسل، ومقاطع فيديو MP4 بترميز H.264 حتى 200 ميغابايت.",
    );
    // Refused with JavaScript on: the page stayed, and so did what was typed.
    expect(await page.inputValue('[data-testid="upload-form"] input[name="alt"]')).toBe("ليست صورة");
    expect(await libraryCount()).toBe(before);
  });

  it("without JavaScript, a refused upload answers the form again with the texts as typed and what is accepted, storing nothing", async () => {
    const before = await libraryCount();
    const noScript = await openBrowser({ javaScriptEnabled: false });
    browsers.push(noScript);
    const plain = await noScript.context.newPage();
    const account = deskAccount("editor.es@sahifa.example");
    await plain.goto(`${deskUrl}/es/sign-in`);
    await plain.fill('input[name="email"]', account.email);
    await plain.fill('input[name="password"]', account.password);
    await Promise.all([
      plain.waitForURL(`${deskUrl}/es`),
      plain.click('.desk-sign-in button[type="submit"]'),
    ]);
    await plain.goto(`${deskUrl}/es/media`);
    await plain.fill('[data-testid="upload-form"] input[name="alt"]', "Acta de la reunión, no una foto");
    await plain.fill('[data-testid="upload-form"] input[name="caption"]', "Reunión de la mañana");
    await plain.fill('[data-testid="upload-form"] input[name="credit"]', "Redacción");
    await plain.setInputFiles('[data-testid="upload-form"] input[name="file"]', {
      name: "acta.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from("Acta de la reunión editorial, no una fotografía.\n".repeat(20)),
    });
    await submit(plain, '[data-testid="upload"]');
    const error = await plain.locator('[data-testid="upload-error"]').textContent();
    expect(error).toContain("Se aceptan imágenes JPEG, PNG, WebP o AVIF de hasta 25 MB y 50 megapíxeles");
    expect(await plain.inputValue('[data-testid="upload-form"] input[name="alt"]')).toBe(
      "Acta de la reunión, no una foto",
    );
    expect(await plain.inputValue('[data-testid="upload-form"] input[name="caption"]')).toBe(
      "Reunión de la mañana",
    );
    expect(await plain.inputValue('[data-testid="upload-form"] input[name="credit"]')).toBe("Redacción");
    expect(await plain.inputValue('[data-testid="upload-form"] select[name="locale"]')).toBe("es");
    expect(await libraryCount()).toBe(before);
  });
});
