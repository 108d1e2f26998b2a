import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { apiNodeFlags, startApi } from "@sahifa/e2e-harness/servers";
import autocannon from "autocannon";
import { CSRF_HEADER } from "../src/http/csrf-header.ts";
import { TRUSTED_DOCUMENTS_FILE } from "../src/http/trusted-documents-file.ts";

/**
 * `pnpm --filter @sahifa/api bench:memory` (after `pnpm build`): the built API's memory at rest
 * on the demo newsroom and after LOAD seconds of the reader's article page (its two queries,
 * sent as the reader app sends them: GET by trusted-document id, autocannon -c 10). Each
 * variant of Node flags (MEMORY_VARIANTS, `|`-separated, default the start script's) runs in
 * alternating rounds, in a process of its own, in production mode on DATABASE_URL.
 */

const DATABASE_URL = process.env.DATABASE_URL;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const REST_SECONDS = 10;
const VARIANTS = (process.env.MEMORY_VARIANTS ?? apiNodeFlags().join(" "))
  .split("|")
  .map((variant) => variant.trim().split(/\s+/).filter(Boolean));

const distDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const documents = JSON.parse(readFileSync(path.join(distDir, TRUSTED_DOCUMENTS_FILE), "utf8")) as Record<
  string,
  string
>;

/** The id of the trusted document whose operation is `name`. */
function documentIdOf(name: string): string {
  const found = Object.entries(documents).find(([, text]) => text.startsWith(`query ${name}(`));
  if (!found) throw new Error(`no trusted document for the query ${name}: rebuild the API`);
  return found[0];
}

/**
 * Written by the measured process on SIGUSR2 (a module given to `--import`), so the figures
 * come from `process.memoryUsage()` without a route for them in the API.
 */
const PROBE = `data:text/javascript,${encodeURIComponent(
  'import{writeFileSync}from"node:fs";process.on("SIGUSR2",()=>writeFileSync(process.env.MEMORY_PROBE_FILE,JSON.stringify(process.memoryUsage())));',
)}`;

interface Sample {
  vmRss: number;
  smaps: Record<string, number>;
  usage: Record<string, number>;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function sample(pid: number, probeFile: string): Promise<Sample> {
  rmSync(probeFile, { force: true });
  process.kill(pid, "SIGUSR2");
  let usage: Record<string, number> = {};
  for (let attempt = 0; attempt < 50; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    try {
      usage = JSON.parse(readFileSync(probeFile, "utf8")) as Record<string, number>;
      break;
    } catch {
      // not written yet
    }
  }
  const kb = (text: string, field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? Number.NaN) * 1024;
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  const smaps = Object.fromEntries(
    ["Rss", "Pss_Anon", "Pss_File", "Anonymous"].map((field) => [field, mb(kb(rollup, field))]),
  );
  const vmRss = mb(kb(readFileSync(`/proc/${pid}/status`, "utf8"), "VmRSS"));
  return { vmRss, smaps, usage: Object.fromEntries(Object.entries(usage).map(([k, v]) => [k, mb(v)])) };
}

async function firstArticleId(url: string): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ edition(locale: en) { lead { id } } }" }),
  });
  const body = (await response.json()) as { data?: { edition?: { lead?: { id: string } } } };
  const id = body.data?.edition?.lead?.id;
  if (!id) throw new Error(`no lead article in the English edition: ${JSON.stringify(body)}`);
  return id;
}

function readerRequests(url: string, id: string): string[] {
  return [
    ["ArticlePage", { locale: "en", id }],
    ["ArticleExtras", { locale: "en" }],
  ].map(([name, variables]) => {
    const target = new URL(url);
    target.searchParams.set("variables", JSON.stringify(variables));
    target.searchParams.set(
      "extensions",
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash: documentIdOf(name as string) } }),
    );
    return `${target.pathname}${target.search}`;
  });
}

async function measureVariant(flags: string[]): Promise<{ rest: Sample; loaded: Sample; rps: number }> {
  const probeFile = path.join(tmpdir(), `sahifa-memory-probe-${process.pid}.json`);
  const api = await startApi(
    { NODE_ENV: "production", MEMORY_PROBE_FILE: probeFile },
    { nodeFlags: [`--import=${PROBE}`, ...flags] },
  );
  try {
    const pid = api.pid!;
    await new Promise((resolve) => setTimeout(resolve, REST_SECONDS * 1000));
    const rest = await sample(pid, probeFile);
    const paths = readerRequests(api.url, await firstArticleId(api.url));
    let next = 0;
    const result = await autocannon({
      url: new URL(api.url).origin,
      connections: 10,
      duration: LOAD_SECONDS,
      requests: [
        {
          method: "GET",
          headers: { accept: "application/graphql-response+json", [CSRF_HEADER]: "1" },
          setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
        },
      ],
    });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors under load`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const loaded = await sample(pid, probeFile);
    return { rest, loaded, rps: result.requests.average };
  } finally {
    await api.stop();
    rmSync(probeFile, { force: true });
  }
}

async function main() {
  if (!DATABASE_URL) throw new Error("set DATABASE_URL: the figure is the API's on PostgreSQL");
  const format = (sampled: Sample) =>
    `VmRSS ${sampled.vmRss} MB (smaps ${JSON.stringify(sampled.smaps)}; memoryUsage ${JSON.stringify(sampled.usage)})`;
  for (let round = 0; round < ROUNDS; round++) {
    for (const flags of VARIANTS) {
      const { rest, loaded, rps } = await measureVariant(flags);
      const name = flags.join(" ") || "(no flags)";
      console.log(`round ${round + 1}, node ${name}:`);
      console.log(`  at rest:                ${format(rest)}`);
      console.log(`  after ${LOAD_SECONDS} s of articles: ${format(loaded)}; ${Math.round(rps)} req/s`);
    }
  }
}

await main();
