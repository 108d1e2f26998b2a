import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { connect } from "@sahifa/db/connect";
import { createApp } from "../src/yoga.ts";

/**
 * The sitemap phase of `pnpm bench:scale`, run as a child process that only generates
 * sitemaps: every page of the English edition of the corpus in BENCH_SITEMAP_SCHEMA, streamed
 * through the API's route and discarded as it arrives. It prints one JSON line of figures.
 * Peak resident size is the kernel's high-water mark of this process (maxRSS), so it counts
 * Node, the API's modules and the connection pool as well as the sitemap itself.
 * BENCH_SITEMAP_HEAP_PROFILE=<file.heapprofile> also samples every allocation made while
 * generating, collected or not, by call stack (open the file in Chrome DevTools' Memory tab).
 */

export interface SitemapFigures {
  urls: number;
  bytes: number;
  seconds: number;
  /** Resident size once the API is loaded and connected, before the first page. */
  startRss: number;
  /** The process's peak resident size over its whole life. */
  peakRss: number;
  /** The largest JavaScript heap in use seen while generating (sampled every 20 ms). */
  peakHeapUsed: number;
  /** The largest resident size sampled while generating (every 20 ms): below peakRss when the peak came earlier. */
  sampledPeakRss: number;
  /** The sitemap page being generated when the sampled resident size was highest (0: before the first). */
  peakRssPage: number;
}

async function main(): Promise<void> {
  const schema = process.env.BENCH_SITEMAP_SCHEMA;
  const pages = Number(process.env.BENCH_SITEMAP_PAGES);
  if (!schema || !(pages > 0)) throw new Error("BENCH_SITEMAP_SCHEMA and BENCH_SITEMAP_PAGES are required");
  const connection = await connect({ databaseUrl: process.env.DATABASE_URL, schema, poolSize: 2 });
  try {
    const app = createApp({ db: connection.db });
    const profile = await startAllocationProfile();
    const startRss = process.memoryUsage().rss;
    let peakHeapUsed = 0;
    let page = 0;
    let sampledPeakRss = 0;
    let peakRssPage = 0;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peakHeapUsed = Math.max(peakHeapUsed, usage.heapUsed);
      if (usage.rss > sampledPeakRss) {
        sampledPeakRss = usage.rss;
        peakRssPage = page;
      }
    }, 20);
    const started = performance.now();
    let bytes = 0;
    let urls = 0;
    for (page = 1; page <= pages; page++) {
      const response = await app.fetch(`http://bench/distribution/sitemaps/en-${page}.xml`);
      if (response.status !== 200) continue;
      const reader = response.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        urls += countUrls(value);
      }
    }
    clearInterval(sampler);
    await profile?.();
    const figures: SitemapFigures = {
      urls,
      bytes,
      seconds: (performance.now() - started) / 1000,
      startRss,
      peakRss: process.resourceUsage().maxRSS * 1024,
      peakHeapUsed,
      sampledPeakRss,
      peakRssPage,
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await connection.close();
  }
}

/** Samples allocations, garbage included, when BENCH_SITEMAP_HEAP_PROFILE names a file; returns how to save them. */
async function startAllocationProfile(): Promise<(() => Promise<void>) | undefined> {
  const file = process.env.BENCH_SITEMAP_HEAP_PROFILE;
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 64 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return async () => {
    const { profile } = await session.post("HeapProfiler.stopSampling");
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
  };
}

/** `<url>` start tags in a chunk, counted on the bytes so no string of the chunk is made. */
function countUrls(chunk: Uint8Array): number {
  const tag = Buffer.from("<url>");
  const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  let count = 0;
  for (let at = bytes.indexOf(tag); at !== -1; at = bytes.indexOf(tag, at + tag.length)) count++;
  return count;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
