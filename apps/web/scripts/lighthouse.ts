/**
 * `pnpm bench:lighthouse`: Lighthouse 12 (mobile, simulated throttling, its defaults) on the
 * front page and an article page of each edition, against the BUILT reader app and an API on the
 * demo newsroom. Prints each page's category scores, LCP, CLS and TBT; asserts nothing.
 */

import { LOCALES } from "@sahifa/domain/locales";
import { CHROMIUM_ARGS, openBrowser } from "@sahifa/e2e-harness/browser";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { firstArticlePath } from "../e2e/pages.ts";
import { startServers } from "../e2e/servers.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 1);

const servers = await startServers();
const chrome = await launch({
  chromePath: CHROMIUM,
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
try {
  const browser = await openBrowser();
  const page = await browser.context.newPage();
  const pages: string[] = [];
  for (const locale of LOCALES) {
    await page.goto(`${servers.webUrl}/${locale}`);
    pages.push(`/${locale}`, await firstArticlePath(page));
  }
  await browser.close();
  console.log(`Lighthouse 12, mobile, ${RUNS} run(s) per page (median of performance shown)`);
  console.log("page | performance | accessibility | best practices | SEO | LCP ms | CLS | TBT ms");
  for (const path of pages) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${servers.webUrl}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      runs.push(result.lhr);
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)]!;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    console.log(
      `${decodeURI(path)} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${metric("largest-contentful-paint").toFixed(0)} | ${metric("cumulative-layout-shift").toFixed(3)} | ${metric("total-blocking-time").toFixed(0)}`,
    );
  }
} finally {
  chrome.kill();
  await servers.stop();
}
