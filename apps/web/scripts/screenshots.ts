/**
 * `pnpm --filter @sahifa/web screenshots`: PNGs of each edition's front page and an article,
 * desktop and phone, into docs/screenshots/ at the repository root. Starts the API on the demo
 * newsroom and the built web app itself, or uses WEB_URL when given.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LOCALES } from "@sahifa/domain/locales";
import { openBrowser } from "@sahifa/e2e-harness/browser";
import { firstArticlePath } from "../e2e/pages.ts";
import { startServers } from "../e2e/servers.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const outDir = path.join(repoRoot, "docs", "screenshots");

const VIEWPORTS = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

async function main() {
  const servers = process.env.WEB_URL ? null : await startServers();
  const webUrl = process.env.WEB_URL ?? servers!.webUrl;
  mkdirSync(outDir, { recursive: true });
  try {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      const browser = await openBrowser({ viewport });
      try {
        const page = await browser.context.newPage();
        for (const locale of LOCALES) {
          await page.goto(`${webUrl}/${locale}`, { waitUntil: "networkidle" });
          const front = path.join(outDir, `${locale}-front-${device}.png`);
          await page.screenshot({ path: front });
          const articlePath = await firstArticlePath(page);
          await page.goto(`${webUrl}${articlePath}`, { waitUntil: "networkidle" });
          const article = path.join(outDir, `${locale}-article-${device}.png`);
          await page.screenshot({ path: article });
          console.log(`${path.relative(repoRoot, front)}\n${path.relative(repoRoot, article)}`);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await servers?.stop();
  }
}

await main();
