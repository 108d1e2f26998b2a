import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Attack, abuseReport, commonAttacks, runAbuse } from "../src/abuse.ts";
import { type RunningServer, startApi, startBuiltApp } from "../src/servers.ts";

/**
 * `pnpm bench:abuse`, second half: the same kinds of malformed and abusive requests as the
 * API's run (docs/architecture/020–024), at the HTTP level, sent to the BUILT reader app and
 * the BUILT desk (as `pnpm start` runs them, in front of a built API on the demo newsroom),
 * while each app's front page and /healthz are timed beside them. Prints per app what came
 * back; exits non-zero on any server error, leak or failed health check.
 * BENCH_REQUESTS sets the number of abusive requests per app (5,000).
 */

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 5_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const readerAttacks: Attack[] = [
  ...commonAttacks("/en"),
  { kind: "search: huge query", method: "GET", target: `/en/search?q=${"%D9%82".repeat(1_500)}` },
  { kind: "search: operators and NUL", method: "GET", target: "/ar/search?q=%22%22%22!!%26%7C:*%00&page=-1" },
  { kind: "tampered cursor", method: "GET", target: "/es/news?after=%00%ff%fe%%%" },
  { kind: "huge article id", method: "GET", target: "/en/news/999999999999999999999999/x" },
  { kind: "media traversal", method: "GET", target: "/media/..%2f..%2f..%2fpackage.json" },
  { kind: "media NUL", method: "GET", target: "/media/a%00.svg" },
  { kind: "live events, unknown edition", method: "GET", target: "/live-events/breaking/xx%00" },
  { kind: "preview, forged token", method: "GET", target: "/preview/eyJhbGciOiJub25lIn0.e30.%00" },
  {
    kind: "beacon malformed",
    method: "POST",
    target: "/views",
    headers: { "content-type": "text/plain" },
    body: '{"articleId": "1 or 1=1", "locale": "xx\\u0000"}',
  },
  {
    kind: "beacon too large",
    method: "POST",
    target: "/views",
    headers: { "content-type": "text/plain" },
    body: `{"articleId": 1, "pad": "${"p".repeat(200_000)}"}`,
  },
  { kind: "sitemap page out of range", method: "GET", target: "/sitemaps/en-99999999999999999999.xml" },
  { kind: "feed of an unknown edition", method: "GET", target: "/xx%00/rss.xml" },
];

const deskAttacks: Attack[] = [
  ...commonAttacks("/en/sign-in"),
  {
    kind: "sign-in: NUL and garbage fields",
    method: "POST",
    target: "/ar/sign-in",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "email=a%00%40b.c&password=%ff%fe&email=again&intent=%00",
  },
  {
    kind: "sign-in: JSON body",
    method: "POST",
    target: "/es/sign-in",
    headers: { "content-type": "application/json" },
    body: '{"email": {"$ne": null}}',
  },
  {
    kind: "action without a session",
    method: "POST",
    target: "/en/articles/1/es",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "intent=publish",
  },
  { kind: "forged session", method: "GET", target: "/en", headers: { cookie: "sahifa_desk=forged%00token" } },
  { kind: "data request, unknown routes", method: "GET", target: "/en/sign-in.data?_routes=%00,root,nope" },
  { kind: "data request, odd path", method: "GET", target: "/..%2f.data" },
  { kind: "route manifest flood", method: "GET", target: `/__manifest?p=${"/x".repeat(2_000)}&version=%00` },
  { kind: "malformed article id", method: "GET", target: "/en/articles/1e999/xx%00" },
  { kind: "unknown UI language", method: "GET", target: "/zz%00/sign-in" },
];

interface Target {
  name: string;
  server: RunningServer;
  attacks: Attack[];
  legitPath: string;
}

async function main() {
  console.log("starting the built API (demo newsroom), reader app and desk…");
  const api = await startApi({ NODE_ENV: "production" });
  const started: RunningServer[] = [api];
  try {
    const web = await startBuiltApp({
      name: "web",
      cwd: path.join(repoRoot, "apps/web"),
      nodeArgs: ["--max-semi-space-size=32", "build/server/main.js"],
      env: { API_URL: api.url },
      publicOriginVariable: "PUBLIC_ORIGIN",
    });
    started.push(web);
    const desk = await startBuiltApp({
      name: "desk",
      cwd: path.join(repoRoot, "apps/desk"),
      nodeArgs: ["build/start/start.js"],
      env: { API_URL: api.url, READER_URL: web.url },
    });
    started.push(desk);
    const targets: Target[] = [
      { name: "Reader app (apps/web)", server: web, attacks: readerAttacks, legitPath: "/en" },
      { name: "Desk (apps/desk)", server: desk, attacks: deskAttacks, legitPath: "/en/sign-in" },
    ];
    let failed = false;
    for (const target of targets) {
      const run = await runAbuse({
        origin: target.server.url,
        attacks: target.attacks,
        legitPath: target.legitPath,
        total: TOTAL,
        concurrency: CONCURRENCY,
      });
      console.log(`\n${abuseReport(target.name, target.legitPath, run)}`);
      if (run.serverErrors > 0 || run.leaks > 0 || run.healthFailures > 0) failed = true;
    }
    if (failed) process.exitCode = 1;
  } finally {
    for (const server of started.reverse()) await server.stop();
  }
}

await main();
