import sharp from "sharp";
import { createDeskTestApp } from "../src/schema/desk/desk.test-app.ts";

/**
 * `pnpm --filter @sahifa/api run bench:media`: a 12-megapixel JPEG (4000×3000, with EXIF)
 * from upload to its first rendition served, through the app's whole HTTP pipeline in process
 * (multipart parse, type check, decode and master in the image worker, store; then the rendition
 * made in the worker, stored and sent);
 * then how many cached renditions the app serves per second. PGlite by default, PostgreSQL
 * with DATABASE_URL.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SERVES = Number(process.env.BENCH_SERVES ?? 400);

async function photo(seed: number): Promise<Uint8Array> {
  // Noise, not a flat colour: a real photo's entropy is what makes decoding and encoding cost.
  const width = 4000;
  const height = 3000;
  const raw = Buffer.alloc(width * height * 3);
  let state = seed;
  for (let i = 0; i < raw.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    raw[i] = (state >>> 16) & 0xff;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .blur(1.2)
    .jpeg({ quality: 88 })
    .withMetadata({ orientation: 1 })
    .toBuffer();
}

async function main() {
  const t = await createDeskTestApp();
  const auth = { authorization: `Bearer ${t.tokens.editorEn}` };
  const firstRendition: number[] = [];
  let sample = "";
  for (let round = 0; round < ROUNDS; round++) {
    const bytes = await photo(round + 1);
    const form = new FormData();
    form.append("file", new Blob([Buffer.from(bytes)]), "photo.jpg");
    form.append("alt", "Noise standing in for a photograph");
    const encoded = new Request("http://bench/", { method: "POST", body: form });
    const body = new Uint8Array(await encoded.arrayBuffer());
    const started = performance.now();
    const uploaded = await t.app.fetch("http://bench/media/upload", {
      method: "POST",
      headers: {
        "content-type": encoded.headers.get("content-type") ?? "",
        "content-length": String(body.byteLength),
        ...auth,
      },
      body,
    });
    const { media } = (await uploaded.json()) as { media: { id: string } };
    const { data } = await t.as("editorEn")(
      `query ($id: ID!) { deskMedia(id: $id) { image(locale: en) { renditions(crop: WIDE, format: WEBP) { url width } } } }`,
      { id: media.id },
    );
    const rendition = data?.deskMedia.image.renditions.find((r: { width: number }) => r.width === 960);
    const served = await t.app.fetch(`http://bench${rendition.url}`);
    await served.arrayBuffer();
    firstRendition.push(performance.now() - started);
    sample = rendition.url;
    console.log(
      `round ${round + 1}: ${(bytes.byteLength / 1e6).toFixed(1)} MB JPEG, upload → first rendition (WebP 960 wide, 16:9) ${Math.round(firstRendition.at(-1)!)} ms`,
    );
  }
  const started = performance.now();
  for (let i = 0; i < SERVES; i++) await (await t.app.fetch(`http://bench${sample}`)).arrayBuffer();
  const perSecond = SERVES / ((performance.now() - started) / 1000);
  firstRendition.sort((a, b) => a - b);
  console.log(`\n| figure | value |\n| --- | --- |`);
  console.log(
    `| 12 MP JPEG, upload to first rendition served (median of ${ROUNDS}) | ${Math.round(firstRendition[Math.floor(ROUNDS / 2)]!)} ms |`,
  );
  console.log(
    `| cached rendition served by the API, one at a time (${SERVES} requests) | ${Math.round(perSecond)} /s |`,
  );
  console.log(`| database | ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"} |`);
  await t.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
