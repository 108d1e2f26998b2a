/**
 * `pnpm bench:lighthouse`: Lighthouse 12 (mobile, simulated throttling, its defaults) on the
 * front page and an article page of each edition, against the BUILT reader app and an API on the
 * demo newsroom. Prints each page's category scores, LCP, CLS and TBT and the load average;
 * asserts nothing.
 *
 * Each run gets a Chromium of its own: Lighthouse clears a page's service worker and caches but
 * not its IndexedDB (the offline worker's expiration records), so a shared browser would measure
 * every page after the first as a return visit. A run Lighthouse could not trace (a runtime
 * error such as NO_NAVSTART: under load the new renderer can emit the navigation's start before
 * tracing reaches it) is run again, and named if it keeps failing.
 *
 * E2E_PORTS (e.g. 4900-4949) keeps the servers and Chromium's debugging port in a range of the
 * caller's; LIGHTHOUSE_REPORTS names a folder that gets each run's full JSON report (LCP element
 * and breakdown, request chains, main-thread work by script).
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { LOCALES } from "@sahifa/domain/locales";
import { CHROMIUM_ARGS, openBrowser } from "@sahifa/e2e-harness/browser";
import { freePort } from "@sahifa/e2e-harness/servers";
import { launch } from "chrome-launcher";
import type { Result } from "lighthouse";
import lighthouse from "lighthouse";
import { firstArticlePath } from "../e2e/pages.ts";
import { startServers } from "../e2e/servers.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 1);
/** Attempts per run before a page is reported as not measured. */
const ATTEMPTS = 3;
const REPORTS = process.env.LIGHTHOUSE_REPORTS;

/** One Lighthouse run in a fresh browser; the error code when it gave no usable trace. */
async function audit(url: string): Promise<Result | string> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
    port: await freePort(),
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    if (!result) return "NO_RESULT";
    const { lhr } = result;
    if (lhr.runtimeError) return lhr.runtimeError.code;
    if (lhr.categories.performance?.score == null) return "NO_PERFORMANCE_SCORE";
    return lhr;
  } finally {
    chrome.kill();
  }
}

/** Writes a run's report as `<edition>-<page>-<run>.json` in LIGHTHOUSE_REPORTS. */
function saveReport(pagePath: string, run: number, lhr: Result): void {
  mkdirSync(REPORTS!, { recursive: true });
  const name = decodeURI(pagePath)
    .replace(/^\//, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .slice(0, 60);
  writeFileSync(path.join(REPORTS!, `${name}-${run + 1}.json`), JSON.stringify(lhr));
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");

const servers = await startServers();
try {
  const browser = await openBrowser();
  const page = await browser.context.newPage();
  const pages: string[] = [];
  for (const locale of LOCALES) {
    // The links are in the HTML: no need to wait for images, which a loaded machine makes slow.
    await page.goto(`${servers.webUrl}/${locale}`, { waitUntil: "domcontentloaded", timeout: 120_000 });
    pages.push(`/${locale}`, await firstArticlePath(page));
  }
  await browser.close();
  console.log(`Lighthouse 12, mobile, ${RUNS} run(s) per page (median of performance shown)`);
  console.log(`load average before: ${load()}`);
  console.log("page | performance | accessibility | best practices | SEO | LCP ms | CLS | TBT ms | retried");
  for (const pagePath of pages) {
    const runs: Result[] = [];
    const failures: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const outcome = await audit(`${servers.webUrl}${pagePath}`);
        if (typeof outcome !== "string") {
          runs.push(outcome);
          if (REPORTS) saveReport(pagePath, run, outcome);
          break;
        }
        failures.push(outcome);
      }
    }
    if (runs.length === 0) {
      console.log(`${decodeURI(pagePath)} | not measured: ${failures.join(", ")}`);
      continue;
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)]!;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    console.log(
      `${decodeURI(pagePath)} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${metric("largest-contentful-paint").toFixed(0)} | ${metric("cumulative-layout-shift").toFixed(3)} | ${metric("total-blocking-time").toFixed(0)} | ${failures.join(", ") || "-"}`,
    );
  }
  console.log(`load average after: ${load()}`);
} finally {
  await servers.stop();
}
