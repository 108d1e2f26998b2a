import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AccountName,
  CREATE_ARTICLE,
  createDeskTestApp,
  type DeskTestApp,
  transition,
} from "../schema/desk/desk.test-app.ts";
import { createImageWorkers, type ImageWorkers } from "./image-workers.ts";
import { h264Mp4, imageWorkerPids, jpegWithExif } from "./media.fixtures.ts";

/** The app's real image workers, with a switch that kills the worker as it takes the next job of one kind. */
const workers = createImageWorkers();
let killDuringNext: "prepareImage" | "renderRendition" | null = null;
function killedIfAsked<T>(kind: "prepareImage" | "renderRendition", job: () => Promise<T>): Promise<T> {
  if (killDuringNext !== kind) return job();
  killDuringNext = null;
  const running = job();
  for (const pid of imageWorkerPids()) process.kill(pid, "SIGKILL");
  return running;
}
const imageWorkers: ImageWorkers = {
  ...workers,
  prepareImage: (bytes) => killedIfAsked("prepareImage", () => workers.prepareImage(bytes)),
  renderRendition: (...job) => killedIfAsked("renderRendition", () => workers.renderRendition(...job)),
};

let t: DeskTestApp;
beforeAll(async () => {
  t = await createDeskTestApp({ app: { imageWorkers } });
});
afterAll(() => t?.close());

type Part = { name: string; value: string } | { name: string; bytes: Uint8Array; filename: string };

/** A multipart body as a browser's FormData would send it, with its length declared. */
async function upload(parts: Part[], headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const part of parts) {
    if ("value" in part) form.append(part.name, part.value);
    else form.append(part.name, new Blob([Buffer.from(part.bytes)]), part.filename);
  }
  const encoded = new Request("http://test/", { method: "POST", body: form });
  const body = new Uint8Array(await encoded.arrayBuffer());
  const response = await t.app.fetch("http://test/media/upload", {
    method: "POST",
    headers: {
      "content-type": encoded.headers.get("content-type") ?? "",
      "content-length": String(body.byteLength),
      ...headers,
    },
    body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

const as = (name: AccountName) => ({ authorization: `Bearer ${t.tokens[name]}` });
const get = (path: string, headers: Record<string, string> = {}) =>
  t.app.fetch(`http://test${path}`, { headers });

async function mediaCount() {
  const row = await t.db
    .selectFrom("media")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  const blobs = await t.db
    .selectFrom("media_blobs")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return `${row.n}/${blobs.n}`;
}

const IMAGE_QUERY = /* GraphQL */ `
  query ($id: ID!, $locale: Locale!) {
    deskMedia(id: $id) {
      kind width height missingAltLocales texts { locale alt caption credit }
      image(locale: $locale) {
        url alt caption credit focalPoint { x y }
        avif: renditions(format: AVIF) { url width height mimeType }
        square: renditions(crop: SQUARE, format: JPEG) { url width height }
        srcset(crop: WIDE, format: WEBP)
        socialCard { url width height mimeType }
      }
    }
  }
`;

describe("uploading an image", () => {
  let id: string;
  it("stores it upright and without EXIF, and serves renditions at immutable URLs", async () => {
    // 1600×1200 as stored, orientation 6: 1200×1600 upright.
    const photo = await jpegWithExif(1600, 1200, { orientation: 6 });
    const { status, json } = await upload(
      [
        { name: "file", bytes: photo, filename: "harbour.png" },
        { name: "locale", value: "ar" },
        { name: "alt", value: "قوارب الصيد عند رصيف ميناء طرابلس" },
        { name: "caption", value: "ميناء طرابلس صباحاً" },
        { name: "credit", value: "سحيفة" },
        // The desk's form leaves its poster input empty for an image: browsers send an empty part.
        { name: "poster", bytes: new Uint8Array(0), filename: "" },
      ],
      as("editorAr"),
    );
    expect(status).toBe(201);
    expect(json.media).toMatchObject({ kind: "image", width: 1200, height: 1600 });
    id = json.media.id;

    const result = await t.as("editorAr")(IMAGE_QUERY, { id, locale: "ar" });
    const media = result.data?.deskMedia;
    expect(media).toMatchObject({
      kind: "image",
      width: 1200,
      height: 1600,
      missingAltLocales: ["en", "es"],
    });
    const image = media.image;
    expect(image).toMatchObject({
      alt: "قوارب الصيد عند رصيف ميناء طرابلس",
      caption: "ميناء طرابلس صباحاً",
      credit: "سحيفة",
    });
    expect(image.avif.map((r: { width: number }) => r.width)).toEqual([320, 640, 960]);
    expect(image.avif[0]).toMatchObject({ height: 427, mimeType: "image/avif" });
    expect(image.square.map((r: { height: number }) => r.height)).toEqual([320, 640, 960]);
    expect(image.srcset).toMatch(/^\/media\/i\/[0-9a-f]{64}\/wide-320-50-50\.webp 320w, .* 960w$/);
    expect(image.socialCard).toMatchObject({ width: 1200, height: 630, mimeType: "image/jpeg" });

    const avif = await get(image.avif[1].url);
    expect(avif.status).toBe(200);
    expect(avif.headers.get("content-type")).toBe("image/avif");
    expect(avif.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const bytes = new Uint8Array(await avif.arrayBuffer());
    expect(await sharp(bytes).metadata()).toMatchObject({ width: 640, height: 853, compression: "av1" });
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    // Kept once made: the second request reads the stored copy, same bytes.
    expect(
      await t.db
        .selectFrom("media_renditions")
        .where("path", "=", image.avif[1].url)
        .select("path")
        .execute(),
    ).toHaveLength(1);
    expect(Buffer.compare(new Uint8Array(await (await get(image.avif[1].url)).arrayBuffer()), bytes)).toBe(0);
    const etag = avif.headers.get("etag") ?? "";
    expect((await get(image.avif[1].url, { "if-none-match": etag })).status).toBe(304);

    const card = await get(image.socialCard.url);
    const cardBytes = new Uint8Array(await card.arrayBuffer());
    expect(await sharp(cardBytes).metadata()).toMatchObject({ format: "jpeg", width: 1200, height: 630 });
    expect(Buffer.from(cardBytes).includes("Tripoli harbour")).toBe(false);
    const fallback = await sharp(new Uint8Array(await (await get(image.url)).arrayBuffer())).metadata();
    expect(fallback).toMatchObject({ format: "jpeg", width: 960 });

    // A width the image does not offer is not made on demand.
    expect((await get(image.avif[0].url.replace("full-320", "full-321"))).status).toBe(404);
  });

  it("moves crops with the focal point; an old crop URL leads to the current one", async () => {
    const before = await t.as("editorAr")(IMAGE_QUERY, { id, locale: "ar" });
    const oldSquare = before.data?.deskMedia.image.square[0].url as string;
    const moved = await t.as("editorEs")(
      /* GraphQL */ `mutation ($id: ID!) { setMediaFocalPoint(mediaId: $id, x: 0.5, y: 0.1) {
        __typename ... on MediaUpdated { media { image(locale: es) { focalPoint { x y } square: renditions(crop: SQUARE, format: JPEG) { url } } } } } }`,
      { id },
    );
    const image = moved.data?.setMediaFocalPoint.media.image;
    expect(image.focalPoint).toEqual({ x: 0.5, y: 0.1 });
    expect(image.square[0].url).toMatch(/square-320-50-10\.jpg$/);
    const old = await get(oldSquare);
    expect(old.status).toBe(302);
    expect(old.headers.get("location")).toBe(image.square[0].url);
    const refused = await t.as("editorEs")(
      /* GraphQL */ `mutation ($id: ID!) { setMediaFocalPoint(mediaId: $id, x: 1.5, y: 0) { __typename ... on DeskError { code message } } }`,
      { id },
    );
    expect(refused.data?.setMediaFocalPoint.code).toBe("INVALID");
  });

  it("warns, without blocking, when an edition shows the image without alt text", async () => {
    const created = await t.as("editorAr")(
      /* GraphQL */ `mutation ($lead: ID!) { createArticle(originalLocale: ar, facts: { kind: news, sectionPath: "news", leadMediaId: $lead },
        content: { title: "ميناء طرابلس يستقبل قوارب الصيد", summary: "ملخص", body: [{ type: "paragraph", content: [{ text: "نص." }] }] }) {
        ... on TranslationCreated { translation { articleId } } } }`,
      { lead: id },
    );
    const articleId = created.data?.createArticle.translation.articleId;
    await t.as("editorEs")(
      /* GraphQL */ `mutation ($id: ID!) { addTranslation(articleId: $id, locale: es) { __typename } }`,
      { id: articleId },
    );
    const desk = await t.as("editorEs")(
      /* GraphQL */ `query ($id: ID!) { deskArticle(id: $id) { translations { locale imagesWithoutAlt } } }`,
      { id: articleId },
    );
    expect(desk.data?.deskArticle.translations).toEqual([
      { locale: "ar", imagesWithoutAlt: [] },
      { locale: "es", imagesWithoutAlt: [id] },
    ]);
    const published = await t.as("editorEs")(
      /* GraphQL */ `mutation ($id: ID!) { publishTranslation(articleId: $id, locale: es) { __typename } }`,
      { id: articleId },
    );
    expect(published.data?.publishTranslation.__typename).toBe("TranslationStatusChanged");
  });

  it("lets each edition's editors and translators word it, and requires alt text", async () => {
    const SET = /* GraphQL */ `mutation ($id: ID!, $alt: String!) {
      setMediaText(mediaId: $id, locale: es, alt: $alt, caption: "El puerto de Trípoli por la mañana") {
        __typename ... on MediaUpdated { media { missingAltLocales } } ... on DeskError { code message } } }`;
    const empty = await t.as("translatorEs")(SET, { id, alt: "  " });
    expect(empty.data?.setMediaText).toMatchObject({ code: "INVALID" });
    const arabic = await t.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "ar", ...as("translatorEs") },
      body: JSON.stringify({ query: SET, variables: { id, alt: "" } }),
    });
    expect(((await arabic.json()) as any).data.setMediaText.message).toBe(
      // The field's name is worded in the asker's language too, never left in English.
      "هذا الحقل غير صالح: النص البديل مطلوب: صِف الصورة لمن لا يستطيع رؤيتها.",
    );
    const set = await t.as("translatorEs")(SET, {
      id,
      alt: "Barcos de pesca en el muelle del puerto de Trípoli",
    });
    expect(set.data?.setMediaText).toEqual({
      __typename: "MediaUpdated",
      media: { missingAltLocales: ["en"] },
    });
    const foreign = await t.as("translatorAr")(SET, { id, alt: "x" });
    expect(foreign.data?.setMediaText).toMatchObject({ code: "FORBIDDEN" });
  });

  it("is found in the library by words of any edition's alt text, caption or credit", async () => {
    const LIBRARY = /* GraphQL */ `query ($search: String) { mediaLibrary(search: $search) { items { id } } }`;
    const found = async (search: string) => {
      const items: Array<{ id: string }> =
        (await t.as("editorEn")(LIBRARY, { search })).data?.mediaLibrary.items ?? [];
      return items.map((item) => item.id);
    };
    expect(await found("barcos de PESCA")).toEqual([id]);
    expect(await found("Trípoli por la")).toEqual([id]);
    // And by the name the file had on the editor's disk.
    expect(await found("HARBOUR.p")).toEqual([id]);
    const counted = await t.as("editorEn")(
      /* GraphQL */ `{ all: mediaLibrary(first: 1) { totalCount items { id } }
        mine: mediaLibrary(search: "harbour.png", kind: image) { totalCount }
        none: mediaLibrary(search: "harbour.png", kind: video) { totalCount } }`,
    );
    const rows = await t.db
      .selectFrom("media")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    // The count is over every page, not the one asked for.
    expect(counted.data).toMatchObject({
      all: { totalCount: Number(rows.n), items: [{}] },
      mine: { totalCount: 1 },
      none: { totalCount: 0 },
    });
    // LIKE's own wildcards are taken literally.
    expect(await found("%")).toEqual([]);
    expect(await found("no such words in any caption")).toEqual([]);
  });
});

describe("refused uploads", () => {
  const photoParts = async (): Promise<Part[]> => [
    { name: "file", bytes: await jpegWithExif(300, 200), filename: "a.jpg" },
    { name: "alt", value: "A harbour" },
  ];

  it("says what is accepted, in the asker's language, and stores nothing", async () => {
    const before = await mediaCount();
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } })
      .gif()
      .toBuffer();
    const refused = await upload(
      [
        { name: "file", bytes: gif, filename: "photo.jpg" },
        { name: "alt", value: "x" },
      ],
      { ...as("editorAr"), "accept-language": "ar" },
    );
    expect(refused.status).toBe(415);
    expect(refused.json.error).toEqual({
      code: "UNSUPPORTED_TYPE",
      message:
        "هذا الملف ليس صورة أو فيديو مقبولاً. المقبول: صور JPEG أو PNG أو WebP أو AVIF حتى 25 ميغابايت و50 ميغابكسل، ومقاطع فيديو MP4 بترميز H.264 حتى 200 ميغابايت.",
    });
    const svg = await upload(
      [
        {
          name: "file",
          bytes: new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'></svg>"),
          filename: "a.jpg",
        },
      ],
      { ...as("editorEs"), "accept-language": "es" },
    );
    expect(svg.status).toBe(415);
    expect(svg.json.error.message).toContain("Se aceptan imágenes JPEG, PNG, WebP o AVIF");
    expect(await mediaCount()).toBe(before);
  });

  it("refuses truncated and oversized images, decompression bombs, H.265 video and missing alt text", async () => {
    const before = await mediaCount();
    const whole = await jpegWithExif(800, 600);
    const truncated = await upload(
      [
        { name: "file", bytes: whole.subarray(0, whole.byteLength >> 1), filename: "a.jpg" },
        { name: "alt", value: "x" },
      ],
      as("editorEn"),
    );
    expect(truncated).toMatchObject({ status: 400, json: { error: { code: "CORRUPT" } } });

    // A JPEG signature followed by 26 MB: refused while it streams.
    const huge = new Uint8Array(26 * 1024 * 1024);
    huge.set(whole.subarray(0, 4096));
    const oversized = await upload([{ name: "file", bytes: huge, filename: "a.jpg" }], {
      ...as("editorEs"),
      "accept-language": "es",
    });
    expect(oversized.status).toBe(413);
    expect(oversized.json.error.message).toBe("La imagen pesa más de 25 MB. Redúcela y vuelve a subirla.");

    const bomb = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    const bombed = await upload(
      [
        { name: "file", bytes: bomb, filename: "a.png" },
        { name: "alt", value: "x" },
      ],
      { ...as("editorAr"), "accept-language": "ar" },
    );
    expect(bombed.status).toBe(413);
    expect(bombed.json.error.message).toBe("في الصورة أكثر من 50 ميغابكسل. صغّر أبعادها وارفعها مجدداً.");

    const hevc = await upload([{ name: "file", bytes: h264Mp4("hvc1"), filename: "a.mp4" }], as("editorEn"));
    expect(hevc).toMatchObject({ status: 415, json: { error: { code: "UNSUPPORTED_TYPE" } } });
    expect(hevc.json.error.message).toContain("H.264");

    const noAlt = await upload([{ name: "file", bytes: whole, filename: "a.jpg" }], as("editorEn"));
    expect(noAlt).toMatchObject({ status: 400, json: { error: { code: "INVALID" } } });
    expect(await mediaCount()).toBe(before);
  });

  it("lets only signed-in editors upload, with the CSRF header when the session is a cookie", async () => {
    expect((await upload(await photoParts())).status).toBe(401);
    expect((await upload(await photoParts(), as("translatorEs"))).status).toBe(403);
    const cookie = { cookie: `sahifa_session=${t.tokens.editorEn}` };
    const csrf = await upload(await photoParts(), cookie);
    expect(csrf).toMatchObject({ status: 403, json: { error: { code: "CSRF" } } });
    expect((await upload(await photoParts(), { ...cookie, "x-graphql-yoga-csrf": "1" })).status).toBe(201);
  });
});

describe("a crashed image worker", () => {
  it("refuses the upload in the uploader's language, stores nothing, and is replaced", async () => {
    const before = await mediaCount();
    const parts = [
      { name: "file", bytes: await jpegWithExif(640, 480), filename: "market.jpg" },
      { name: "alt", value: "Puestos del mercado central" },
    ];
    killDuringNext = "prepareImage";
    const refused = await upload(parts, { ...as("editorEs"), "accept-language": "es" });
    expect(refused.status).toBe(503);
    expect(refused.json.error).toEqual({
      code: "IMAGE_WORK_FAILED",
      message:
        "No se pudo procesar la imagen en este momento, así que no se subió nada. Vuelve a subirla dentro de un momento.",
    });
    expect(await mediaCount()).toBe(before);
    expect((await upload(parts, { ...as("editorEs"), "accept-language": "es" })).status).toBe(201);
  });

  it("answers the rendition's reader 503, stores nothing, and the next request makes it", async () => {
    const { json } = await upload(
      [
        { name: "file", bytes: await jpegWithExif(800, 600), filename: "dock.jpg" },
        { name: "alt", value: "الرصيف عند الفجر" },
        { name: "locale", value: "ar" },
      ],
      as("editorAr"),
    );
    const result = await t.as("editorAr")(IMAGE_QUERY, { id: json.media.id, locale: "ar" });
    const url: string = result.data?.deskMedia.image.square[0].url;
    killDuringNext = "renderRendition";
    const failed = await get(url, { "accept-language": "ar" });
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBe("5");
    expect(((await failed.json()) as { error: unknown }).error).toEqual({
      code: "IMAGE_WORK_FAILED",
      message: "تعذّر إعداد هذه الصورة الآن. حاول مجدداً بعد قليل.",
    });
    expect(
      await t.db.selectFrom("media_renditions").where("path", "=", url).select("path").execute(),
    ).toEqual([]);
    const made = await get(url);
    expect(made.status).toBe(200);
    expect(await sharp(new Uint8Array(await made.arrayBuffer())).metadata()).toMatchObject({
      format: "jpeg",
      width: 320,
      height: 320,
    });
  });
});

describe("videos", () => {
  it("stores an H.264 MP4 with its poster, serves byte ranges, and takes WebVTT captions per locale", async () => {
    const mp4 = h264Mp4();
    const poster = await jpegWithExif(640, 360);
    const { status, json } = await upload(
      [
        { name: "file", bytes: mp4, filename: "clip.mov" },
        { name: "poster", bytes: poster, filename: "poster.jpg" },
        { name: "locale", value: "en" },
        { name: "alt", value: "Fishing boats leave the harbour at dawn" },
      ],
      as("editorEn"),
    );
    expect(status).toBe(201);
    const id = json.media.id as string;

    const vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nتغادر قوارب الصيد الميناء فجراً\n";
    const put = (locale: string, body: string, account: AccountName = "editorAr") =>
      t.app.fetch(`http://test/media/${id}/captions/${locale}`, {
        method: "PUT",
        headers: {
          "content-type": "text/vtt",
          "content-length": String(Buffer.byteLength(body)),
          ...as(account),
        },
        body,
      });
    expect((await put("ar", vtt)).status).toBe(200);
    const bad = await put("ar", "00:00.000 --> 00:02.000\nno header\n");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error.code).toBe("INVALID");
    expect((await put("es", vtt, "editorAr")).status).toBe(403);

    const result = await t.as("editorEn")(
      /* GraphQL */ `query ($id: ID!) { deskMedia(id: $id) { kind video(locale: en) {
        url mimeType width height title durationSeconds poster { alt width height socialCard { width } }
        captions { locale url } } } }`,
      { id },
    );
    const video = result.data?.deskMedia.video;
    expect(video).toMatchObject({
      mimeType: "video/mp4",
      width: 320,
      height: 180,
      title: "Fishing boats leave the harbour at dawn",
      poster: {
        alt: "Fishing boats leave the harbour at dawn",
        width: 640,
        height: 360,
        socialCard: { width: 1200 },
      },
    });
    expect(video.captions).toHaveLength(1);
    const captions = await get(video.captions[0].url);
    expect(captions.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(await captions.text()).toBe(vtt);

    const whole = await get(video.url);
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(Buffer.compare(new Uint8Array(await whole.arrayBuffer()), mp4)).toBe(0);
    const part = await get(video.url, { range: "bytes=100-199" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100-199/${mp4.byteLength}`);
    expect(Buffer.compare(new Uint8Array(await part.arrayBuffer()), mp4.subarray(100, 200))).toBe(0);
    expect((await get(video.url, { range: `bytes=${mp4.byteLength + 10}-` })).status).toBe(416);

    // Placed in an article by its library id: readers get its file, poster, duration and tracks.
    const created = await t.as("editorEn")(CREATE_ARTICLE, {
      locale: "en",
      section: "news",
      content: {
        title: "Boats at dawn",
        summary: "The fleet leaves.",
        body: [
          {
            type: "video",
            mediaId: Number(id),
            url: video.url,
            title: "The fleet leaves",
            durationSeconds: 9,
          },
        ],
      },
    });
    const articleId = created.data?.createArticle.translation.articleId;
    expect((await t.as("editorEn")(transition("publish"), { articleId, locale: "en" })).data).toMatchObject({
      publishTranslation: { translation: { status: "published" } },
    });
    const read = await t.as("editorEn")(
      /* GraphQL */ `query ($id: ID!) { article(id: $id, locale: en) { body { ... on VideoBlock {
        url title durationSeconds poster { width } captions { locale url } video { id } } } } }`,
      { id: articleId },
    );
    expect(read.data?.article.body[0]).toEqual({
      url: video.url,
      title: "The fleet leaves",
      // The library's measure wins over the block's when the file declares one.
      durationSeconds: video.durationSeconds === null ? 9 : Math.round(video.durationSeconds),
      poster: { width: 640 },
      captions: [{ locale: "ar", url: video.captions[0].url }],
      video: { id },
    });
  });

  it("leaves a video given by its address as it was: no tracks, its own poster", async () => {
    const created = await t.as("editorEn")(CREATE_ARTICLE, {
      locale: "en",
      section: "news",
      content: {
        title: "An outside clip",
        summary: "Elsewhere.",
        body: [
          { type: "video", url: "https://video.example.org/clip.mp4", title: "A clip", durationSeconds: 42 },
        ],
      },
    });
    const articleId = created.data?.createArticle.translation.articleId;
    await t.as("editorEn")(transition("publish"), { articleId, locale: "en" });
    const read = await t.as("editorEn")(
      /* GraphQL */ `query ($id: ID!) { article(id: $id, locale: en) { body { ... on VideoBlock {
        url durationSeconds poster { width } captions { locale } video { id } } } } }`,
      { id: articleId },
    );
    expect(read.data?.article.body[0]).toEqual({
      url: "https://video.example.org/clip.mp4",
      durationSeconds: 42,
      poster: null,
      captions: [],
      video: null,
    });
  });
});

describe("demo drawings", () => {
  it("get raster renditions and a JPEG social card from the SVG on disk", async () => {
    const row = await t.db
      .insertInto("media")
      .values({
        kind: "image",
        path: "/media/lead-atoll-desalination.svg",
        mime_type: "image/svg+xml",
        width: 1200,
        height: 675,
        credit: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("media_texts")
      .values({ media_id: row.id, locale: "en", alt: "An abstract drawing" })
      .execute();
    const result = await t.as("editorEn")(
      /* GraphQL */ `query ($id: ID!) { deskMedia(id: $id) { image(locale: en) { url srcset(format: WEBP) socialCard { url } } } }`,
      { id: String(row.id) },
    );
    const image = result.data?.deskMedia.image;
    expect(image.url).toBe("/media/lead-atoll-desalination.svg");
    expect(image.srcset).toMatch(/full-320\.webp 320w, .*full-960\.webp 960w$/);
    const card = await get(image.socialCard.url);
    expect(card.status).toBe(200);
    expect(await sharp(new Uint8Array(await card.arrayBuffer())).metadata()).toMatchObject({
      format: "jpeg",
      width: 1200,
      height: 630,
    });
  });
});
