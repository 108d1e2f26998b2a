import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import { deskToken, graphqlCall, signInToDesk } from "@sahifa/e2e-harness/desk-fixtures";
import { type RunningServer, startApi, startBuiltApp } from "@sahifa/e2e-harness/servers";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * The publishing loop, end to end in Chromium: the built desk, the built reader app and a real
 * API whose scheduler polls every half second, started for this file. An Arabic editor writes an
 * original with a photo from disk and schedules it a few seconds ahead in Doha's time; readers
 * of /ar get it at that time with a responsive picture and a JPEG card image; a translator from
 * Arabic writes the Spanish edition, a Spanish editor publishes it; the Arabic editor adds a
 * correction and readers see the update and the note after the story. Then a video: uploaded
 * through the desk with a poster, found by its file name in the block editor's picker, given
 * Arabic captions, published, and played by readers with its poster and caption track.
 */

const ZONE = "Asia/Qatar";
const deskRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webRoot = path.resolve(deskRoot, "../web");

const stamp = Date.now();
const arabicTitle = `سوق الخضار في الحي القديم يعود بعد الترميم ${stamp}`;
const arabicParagraph = "افتتح سوق الخضار أبوابه صباح اليوم بعد عامين من أعمال الترميم.";
const spanishTitle = `El mercado del barrio antiguo reabre tras la restauración ${stamp}`;
const correction = "صُحّح: استمر الترميم عامين لا ثلاثة أعوام كما ورد سابقاً.";
/**
 * A real two-second H.264 clip of 96×54, made once with
 * `ffmpeg -f lavfi -i testsrc=size=96x54:rate=10:duration=2 -c:v libx264 -profile:v baseline
 * -pix_fmt yuv420p -crf 35 -movflags +faststart -an souq-clip.mp4` and kept beside the tests.
 */
const clip = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "fixtures/souq-clip.mp4"),
);
const arabicCaptions = "WEBVTT\n\n00:00.000 --> 00:02.000\nالباعة يرتبون الخضار صباحاً\n";

let api: RunningServer;
let reader: RunningServer;
let desk: RunningServer;
let apiUrl: string;
let deskUrl: string;
let photo: Buffer;
let articleId: number;
let publishAt: Date;
const browsers: OpenBrowser[] = [];

const signedInContexts = new Map<string, OpenBrowser["context"]>();

/**
 * A page in `email`'s own browser, signed in once for the file: sign-ins are throttled per
 * account and per client, and the other desk suites sign the same demo accounts in.
 */
async function signedIn(email: string, ui: "ar" | "es"): Promise<Page> {
  const known = signedInContexts.get(email);
  if (known) return known.newPage();
  const browser = await openBrowser();
  browsers.push(browser);
  const page = await browser.context.newPage();
  await signInToDesk(page, deskUrl, email, ui);
  signedInContexts.set(email, browser.context);
  return page;
}

const submit = (page: Page, selector: string) =>
  Promise.all([page.waitForLoadState("load"), page.click(selector)]);

/** A wall time in the newsroom's zone, to the second, as a datetime-local field takes it. */
function wallTimeToTheSecond(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Polls the reader's page until `found` holds for its HTML (readers reload; nothing pushes). */
async function readerPageUntil(
  pathname: string,
  found: (html: string) => boolean,
  timeoutMs = 30_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let html = "";
  while (Date.now() < deadline) {
    const response = await fetch(`${reader.url}${pathname}`);
    html = await response.text();
    if (response.ok && found(html)) return html;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${pathname} did not show what was awaited within ${timeoutMs} ms`);
}

async function readerArticlePath(locale: "ar" | "es"): Promise<string> {
  const data = await graphqlCall<{ article: { url: string } | null }>(
    apiUrl,
    "query ($id: ID!, $locale: Locale!) { article(id: $id, locale: $locale) { url } }",
    { id: String(articleId), locale },
  );
  if (!data.article) throw new Error(`article ${articleId} is not published in ${locale}`);
  return new URL(data.article.url, "http://x").pathname;
}

beforeAll(async () => {
  // Servers of its own: an API whose scheduler polls every half second (so a story scheduled
  // seconds ahead comes out within the wait) and whose sign-in limits no other suite has used.
  api = await startApi({ SCHEDULER_INTERVAL_MS: "500" });
  apiUrl = api.url;
  // The reader app as readers get it, without its page cache so every poll sees the API's answer.
  reader = await startBuiltApp({
    name: "web",
    cwd: webRoot,
    nodeArgs: ["build/server/main.js"],
    env: { API_URL: apiUrl, READER_CACHE_SECONDS: "0", NEWSROOM_TIME_ZONE: ZONE },
    publicOriginVariable: "PUBLIC_ORIGIN",
  });
  desk = await startBuiltApp({
    name: "desk",
    cwd: deskRoot,
    nodeArgs: ["build/start/start.js"],
    env: { API_URL: apiUrl, READER_URL: reader.url, NEWSROOM_TIME_ZONE: ZONE },
  });
  deskUrl = desk.url;
  // Our own photo, wide enough for several widths of the responsive picture.
  photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#b5651d" } })
    .jpeg({ quality: 80 })
    .toBuffer();
});

afterAll(async () => {
  await Promise.all(browsers.map((browser) => browser.close()));
  await desk?.stop();
  await reader?.stop();
  await api?.stop();
});

describe("the publishing loop", () => {
  it("an Arabic editor writes an original with a photo and schedules it a few seconds ahead", async () => {
    const page = await signedIn("editor.ar@sahifa.example", "ar");
    await Promise.all([
      page.waitForURL(`${deskUrl}/ar/articles/new`),
      page.click('[data-testid="header-new-article"]'),
    ]);
    await page.fill("#new-title", arabicTitle);
    await page.fill("#new-summary", "عاد الباعة إلى السوق المرمم وسط إقبال الأهالي.");
    await page.selectOption("#fact-kind", "news");
    await page.selectOption("#fact-section", "news");
    await page.setInputFiles("#fact-file", { name: "souq.jpg", mimeType: "image/jpeg", buffer: photo });
    await page.fill("#fact-alt", "أكشاك الخضار تحت سقف السوق الخشبي");
    await Promise.all([
      page.waitForURL(/\/ar\/articles\/\d+\/ar$/),
      page.click('[data-testid="create-article"]'),
    ]);
    articleId = Number(new URL(page.url()).pathname.split("/")[3]);

    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    await page.click('[data-block="0"] [data-testid="paragraph-field"]');
    await page.keyboard.type(arabicParagraph);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });

    await Promise.all([
      page.waitForURL(`${deskUrl}/ar/articles/${articleId}/ar/publishing`),
      page.click('[data-testid="publishing-link"]'),
    ]);
    // Seconds ahead, typed in Doha's time (the field takes seconds as well as minutes).
    publishAt = new Date(Math.ceil((Date.now() + 12_000) / 1000) * 1000);
    await page.fill('input[name="publishAt"]', wallTimeToTheSecond(publishAt));
    await submit(page, '[data-testid="schedule"]');
    expect(await page.locator('[data-testid="scheduled-at"]').getAttribute("data-scheduled")).toBe(
      publishAt.toISOString(),
    );
    // Not before its time.
    const early = await (await fetch(`${reader.url}/ar`)).text();
    expect(Date.now()).toBeLessThan(publishAt.getTime());
    expect(early).not.toContain(arabicTitle);
  });

  it("readers of /ar get it at its time, with a responsive picture and a JPEG card image", async () => {
    await readerPageUntil("/ar", (html) => html.includes(arabicTitle));
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime());

    const browser = await openBrowser();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await page.goto(`${reader.url}/ar`);
    await Promise.all([page.waitForLoadState("load"), page.getByText(arabicTitle).first().click()]);
    expect(new URL(page.url()).pathname).toBe(await readerArticlePath("ar"));
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    const picture = page.locator("article img[srcset], article picture source[srcset]").first();
    expect(await picture.getAttribute("srcset")).toMatch(/\s\d+w/);
    expect(await page.locator("article img").first().getAttribute("alt")).toBe(
      "أكشاك الخضار تحت سقف السوق الخشبي",
    );
    const card = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(card).toMatch(/\.jpe?g$/);
    const cardResponse = await fetch(new URL(new URL(card as string).pathname, reader.url));
    expect(cardResponse.headers.get("content-type")).toBe("image/jpeg");
    const meta = await sharp(Buffer.from(await cardResponse.arrayBuffer())).metadata();
    expect(meta.format).toBe("jpeg");
  });

  it("a translator from Arabic writes the Spanish edition and a Spanish editor publishes it", async () => {
    const translator = await signedIn("translator.ar-es@sahifa.example", "es");
    const editorUrl = `${deskUrl}/es/articles/${articleId}/es`;
    const row = translator.locator(`tr[data-article="${articleId}"][data-target="es"]`);
    await row.waitFor();
    await Promise.all([translator.waitForURL(editorUrl), row.locator("a").first().click()]);
    await submit(translator, '[data-testid="fill-from-source"]');
    await translator.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    await translator.fill('[data-testid="target-title"] input', spanishTitle);
    await translator.fill(
      '[data-testid="target-summary"] textarea',
      "Los vendedores vuelven al mercado restaurado ante la afluencia de vecinos.",
    );
    const paragraph = translator
      .locator('[data-testid="target-block"] [data-testid="paragraph-field"]')
      .first();
    await paragraph.click();
    await translator.keyboard.press("ControlOrMeta+A");
    await translator.keyboard.type("El mercado abrió esta mañana tras dos años de obras de restauración.");
    await translator.click('[data-testid="save"]');
    await translator.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await submit(translator, '[data-action="submit"]');
    await translator.locator('article.desk-article[data-status="in_review"]').waitFor();

    const editor = await signedIn("editor.es@sahifa.example", "es");
    await editor.goto(editorUrl);
    editor.once("dialog", (dialog) => void dialog.accept());
    await submit(editor, '[data-action="publish"]');
    await editor.locator('article.desk-article[data-status="published"]').waitFor();

    await readerPageUntil("/es", (html) => html.includes(spanishTitle));
    const spanish = await readerPageUntil(await readerArticlePath("es"), (html) =>
      html.includes(spanishTitle),
    );
    expect(spanish).toContain("dos años de obras");
  });

  it("the Arabic editor adds a correction, and readers see the update and the note after the story", async () => {
    const page = await signedIn("editor.ar@sahifa.example", "ar");
    await page.goto(`${deskUrl}/ar/articles/${articleId}/ar/publishing`);
    await page.selectOption('[data-testid="note-form"] select[name="kind"]', "correction");
    await page.fill('[data-testid="note-form"] textarea[name="text"]', correction);
    await submit(page, '[data-testid="note-form"] button[type="submit"]');
    await page
      .locator('[data-testid="article-notes"] li[data-kind="correction"]', { hasText: correction })
      .waitFor();

    const browser = await openBrowser();
    browsers.push(browser);
    const readerPage = await browser.context.newPage();
    const articlePath = await readerArticlePath("ar");
    await readerPageUntil(articlePath, (html) => html.includes(correction));
    await readerPage.goto(`${reader.url}${articlePath}`);
    const updated = await readerPage.locator("article time.updated").textContent();
    expect(updated).toContain("آخر تحديث");
    const note = readerPage.locator('article [data-note-kind="correction"]');
    expect(await note.textContent()).toContain(correction);
    // The note comes after the story's text.
    const order = await readerPage.evaluate(
      ([paragraph, noteText]) => {
        const nodes = [...document.querySelectorAll("article p")];
        const at = (text: string) => nodes.findIndex((node) => node.textContent?.includes(text));
        return [at(paragraph as string), at(noteText as string)];
      },
      [arabicParagraph, correction],
    );
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[1]).toBeGreaterThan(order[0] as number);
  });

  it("a video uploaded through the desk with its poster is placed in the story, warned about until it has Arabic captions, and readers play it with its track", async () => {
    const page = await signedIn("editor.ar@sahifa.example", "ar");
    await page.goto(`${deskUrl}/ar/media`);
    const poster = await sharp({ create: { width: 640, height: 360, channels: 3, background: "#3b7d3b" } })
      .jpeg({ quality: 80 })
      .toBuffer();
    await page.fill('[data-testid="upload-form"] input[name="alt"]', "الباعة يرتبون الخضار في السوق");
    await page.setInputFiles('[data-testid="upload-form"] input[name="file"]', {
      name: `souq-clip-${stamp}.mp4`,
      mimeType: "video/mp4",
      buffer: clip,
    });
    await page.setInputFiles('[data-testid="upload-form"] input[name="poster"]', {
      name: "souq-poster.jpg",
      mimeType: "image/jpeg",
      buffer: poster,
    });
    await Promise.all([
      page.waitForURL(new RegExp(`^${deskUrl}/ar/media/\\d+\\?uploaded=1$`)),
      page.click('[data-testid="upload"]'),
    ]);
    const videoId = Number(new URL(page.url()).pathname.split("/").at(-1));

    // In the story: a video block, the video found by its file name, its poster and length shown.
    await page.goto(`${deskUrl}/ar/articles/${articleId}/ar`);
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    await page.selectOption('[data-testid="add-block-type"]', "video");
    await page.click('[data-testid="add-block"]');
    const block = page.locator('[data-testid="original-block"][data-type="video"]');
    await block.locator('[data-testid="media-search"]').fill(`souq-clip-${stamp}`);
    await block.locator(`select option[value="${videoId}"]`).waitFor({ state: "attached" });
    expect(await block.locator('[data-testid="media-count"]').textContent()).toContain("1");
    await block.locator("select").selectOption(String(videoId));
    expect(await block.locator('[data-testid="video-duration"]').textContent()).toContain("0:02");
    expect(await block.locator(".desk-media-thumb").getAttribute("src")).toMatch(/^\/media\//);
    // No captions yet in the story's own language: said, not blocked.
    expect(await block.locator('[data-testid="captions-missing"]').textContent()).toContain("العربية");
    // Autosaved as a block that names the library's video, with its poster and length.
    const token = await deskToken(apiUrl, "editor.ar@sahifa.example");
    const savedVideo = async () => {
      const data = await graphqlCall<{ deskTranslation: { head: { body: Array<Record<string, unknown>> } } }>(
        apiUrl,
        "query ($id: ID!) { deskTranslation(articleId: $id, locale: ar) { head { body } } }",
        { id: String(articleId) },
        token,
      );
      return data.deskTranslation.head.body.find((candidate) => candidate.type === "video") ?? null;
    };
    await expect.poll(savedVideo, { timeout: 15_000 }).toMatchObject({
      mediaId: videoId,
      title: "الباعة يرتبون الخضار في السوق",
      durationSeconds: 2,
    });
    expect((await savedVideo())?.posterMediaId).toEqual(expect.any(Number));

    // Arabic captions, added on the video's page of the library.
    await page.goto(`${deskUrl}/ar/media/${videoId}`);
    await page.selectOption('[data-testid="captions-form"] select[name="locale"]', "ar");
    await page.setInputFiles('[data-testid="captions-form"] input[name="captions"]', {
      name: "souq-ar.vtt",
      mimeType: "text/vtt",
      buffer: Buffer.from(arabicCaptions),
    });
    await submit(page, '[data-testid="captions-form"] button[type="submit"]');
    // The form posts as a whole page: wait for its answer, or the next visit would cancel the upload.
    expect(await page.locator('[data-testid="media-notice"]').textContent()).toBe("حُفظت الترجمة المصاحبة.");
    await page.goto(`${deskUrl}/ar/articles/${articleId}/ar`);
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    const placed = page.locator('[data-testid="original-block"][data-type="video"]');
    expect(await placed.locator('[data-testid="video-captions"]').textContent()).toContain("العربية");
    expect(await placed.locator('[data-testid="captions-missing"]').count()).toBe(0);

    await page.goto(`${deskUrl}/ar/articles/${articleId}/ar/publishing`);
    await submit(page, '[data-testid="publish-now"]');
    const articlePath = await readerArticlePath("ar");
    await readerPageUntil(articlePath, (html) => html.includes("<track"));
    const browser = await openBrowser();
    browsers.push(browser);
    const readerPage = await browser.context.newPage();
    await readerPage.goto(`${reader.url}${articlePath}`);
    const video = readerPage.locator("article video");
    expect(await video.getAttribute("poster")).toMatch(/^\/media\//);
    const track = video.locator("track");
    expect(await track.getAttribute("kind")).toBe("captions");
    expect(await track.getAttribute("srclang")).toBe("ar");
    const vtt = await fetch(new URL(String(await track.getAttribute("src")), reader.url));
    expect(await vtt.text()).toBe(arabicCaptions);
    const file = await fetch(new URL(String(await video.getAttribute("src")), reader.url));
    expect(Buffer.compare(Buffer.from(await file.arrayBuffer()), clip)).toBe(0);
  });
});
