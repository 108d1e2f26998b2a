/**
 * `pnpm bench:web`: server-side rendering throughput of an article page against React's
 * renderToString of the same tree with the page's data already in memory (the ratio is the
 * figure: how much HTTP, the router's request pipeline, loaders and API round trips cost on top
 * of rendering), and the JavaScript each edition's article page ships (minified and gzip).
 * Prints, asserts nothing.
 *
 * Starts the API on the demo newsroom and the BUILT web app itself (run `pnpm build` first).
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { openBrowser } from "@sahifa/e2e-harness/browser";
import type autocannon from "autocannon";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { onCpu, pinThisProcess } from "../e2e/cpu-pinning.ts";
import { firstArticlePath } from "../e2e/pages.ts";
import { startApi, startWeb, webServerNodeFlags } from "../e2e/servers.ts";

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Rounds alternate between the measurements, so load from other work on the machine hits each alike; medians are printed. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/**
 * Both sides of the ratio on the same single core: the web servers and this process (whose
 * in-memory renders are the other side), with the load generator on a core of its own. The API
 * is left to the scheduler. See e2e/cpu-pinning.ts.
 */
const MEASURED_CPU = 0;
const LOAD_CPU = 1;

interface HttpFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** Server CPU time (user + system, from /proc) per answered request. */
  cpuMsPerRequest: number | null;
}

/** CPU seconds a process has used so far (Linux /proc; null elsewhere). */
function processCpuSeconds(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * The load comes from autocannon's command line in a process of its own: in this process, the
 * large heap of the in-memory renders and the imported build slowed the load generator, which
 * shares the machine's two cores with the server, and so the server's figures.
 */
async function runAutocannon(url: string, seconds: number): Promise<autocannon.Result> {
  const cli = createRequire(import.meta.url).resolve("autocannon/autocannon.js");
  const { command, args } = onCpu(LOAD_CPU, process.execPath, [
    cli,
    ...["-c", "10", "-d", String(seconds), "-j", url],
  ]);
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`autocannon exited with ${code}`);
  return JSON.parse(output) as autocannon.Result;
}

async function measureHttp(url: string, pid: number | undefined): Promise<HttpFigures> {
  const before = processCpuSeconds(pid);
  const result = await runAutocannon(url, DURATION_SECONDS);
  const after = processCpuSeconds(pid);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpuMsPerRequest:
      before !== null && after !== null && result.requests.total > 0
        ? ((after - before) * 1000) / result.requests.total
        : null,
  };
}

/** A process's resident set size in MB (Linux /proc; null elsewhere). */
function residentMegabytes(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The API's image worker processes (its children running image-worker; docs/architecture/086). */
function imageWorkerPids(apiPid: number | undefined): number[] {
  if (!apiPid) return [];
  try {
    const children = readdirSync(`/proc/${apiPid}/task`).flatMap((task) =>
      readFileSync(`/proc/${apiPid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
    return children.filter((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("image-worker"));
  } catch {
    return [];
  }
}

interface RenderFigures {
  rendersPerSecond: number;
  cpuMsPerRender: number;
}

/** Renders `element` with renderToString for the benchmark's duration (after a warm-up). */
function renderLoop(element: () => ReactElement): () => RenderFigures {
  for (let i = 0; i < 200; i++) renderToString(element());
  return () => {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    let renders = 0;
    const until = Date.now() + DURATION_SECONDS * 1000;
    while (Date.now() < until) {
      renderToString(element());
      renders++;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    return { rendersPerSecond: renders / seconds, cpuMsPerRender: (cpu.user + cpu.system) / 1000 / renders };
  };
}

/**
 * The page exactly as the server renders it (document head, header, article, footer, islands'
 * markup), from its data already in memory: the same route function and the same element the
 * server renders, called in this process with the API's answers loaded once.
 */
async function prepareDocumentRender(apiUrl: string, path: string) {
  const { createReaderApi } = await import("../app/data/reader-api.ts");
  const { articlePage } = await import("../app/routes/article.tsx");
  const { inEditionFrame } = await import("../app/server/edition-page.ts");
  const { readerPageElement } = await import("../app/server/reader-page.tsx");
  const { readPageAssets } = await import("../app/render/page-assets.ts");
  const deps = {
    api: createReaderApi({ apiUrl: new URL(apiUrl), cacheSeconds: 3600 }),
    origin: "http://localhost:3000",
    assets: readPageAssets(new URL("../build/client/.vite/manifest.json", import.meta.url)),
    now: () => new Date(),
  };
  const [, locale, ...rest] = path.split("/");
  const id = rest.at(-2) ?? "";
  const page = await articlePage(deps, locale as Locale, id, path);
  if (page instanceof Response) throw new Error(`${path} answered ${page.status}`);
  const framed = await inEditionFrame(deps, page);
  return renderLoop(() => readerPageElement(framed, deps.assets));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function javascriptBytes(webUrl: string, path: string) {
  const browser = await openBrowser();
  try {
    const page = await browser.context.newPage();
    const scripts = new Map<string, Buffer>();
    // Awaited before the browser closes: a body read still pending then would reject unheard.
    const reads: Promise<void>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      reads.push(response.body().then((body) => void scripts.set(response.url(), body)));
    });
    await page.goto(`${webUrl}${path}`, { waitUntil: "networkidle" });
    await Promise.all(reads);
    const files = [...scripts.values()];
    return {
      files: files.length,
      minified: files.reduce((sum, body) => sum + body.length, 0),
      gzip: files.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  // Both sides of the ratio under the same V8 settings: the in-memory renders run in this process.
  const missing = webServerNodeFlags().filter((flag) => !process.execArgv.includes(flag));
  if (missing.length > 0) {
    throw new Error(
      `run the bench with the web server's Node flags (${missing.join(" ")}), as package.json's bench script does`,
    );
  }
  const api = await startApi();
  process.env.API_URL = api.url;
  // Two web servers on the same API: without the reader cache every page costs its API
  // round trips; with the default 5 s cache a burst of readers of one article costs one.
  const uncached = await startWeb(api.url, { READER_CACHE_SECONDS: "0" }, { cpu: MEASURED_CPU });
  const cached = await startWeb(api.url, {}, { cpu: MEASURED_CPU });
  // After the API has started, which stays free to use either core.
  const pinned = pinThisProcess(LOAD_CPU);
  try {
    const paths = new Map<Locale, string>();
    {
      const browser = await openBrowser();
      const page = await browser.context.newPage();
      for (const locale of LOCALES) {
        await page.goto(`${cached.url}/${locale}`);
        paths.set(locale, await firstArticlePath(page));
      }
      await browser.close();
    }
    const englishPath = paths.get("en")!;
    console.log(`article page: ${englishPath}`);
    console.log(
      pinned
        ? `CPUs: web servers and in-memory renders on CPU ${MEASURED_CPU}, autocannon (and this process between its renders) on CPU ${LOAD_CPU} (taskset)\n`
        : "CPUs: not pinned (BENCH_PIN=0, no taskset, or one core): the ratio is not comparable with pinned runs\n",
    );

    const inMemory = [
      [
        "the document as the server renders it (head included)",
        await prepareDocumentRender(api.url, englishPath),
      ],
    ] as const;
    // The cached server is measured first in each round: after the uncached one, the API (and
    // its embedded database) is still busy for a while and would share the cores with it.
    const servers = [
      ["full server, reader cache 5 s (default)", cached],
      ["full server, reader cache off (every request queries the API)", uncached],
    ] as const;
    const renderRounds = inMemory.map((): RenderFigures[] => []);
    const httpRounds = servers.map((): HttpFigures[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      // This process renders on the measured core, then moves to the load generator's: its
      // garbage collector's work after a render round (the heap shrinking once allocation
      // stops) would otherwise run on the server's core while the server is measured.
      pinThisProcess(MEASURED_CPU);
      for (const [index, [, renderFor]] of inMemory.entries()) renderRounds[index]!.push(renderFor());
      pinThisProcess(LOAD_CPU);
      for (const [index, [, server]] of servers.entries()) {
        // A server left idle while the others are measured goes cold (V8 shrinks its heap and
        // drops unused code): 2 s of the same load first, as the in-memory renders warm up too.
        await runAutocannon(`${server.url}${englishPath}`, 2);
        httpRounds[index]!.push(await measureHttp(`${server.url}${englishPath}`, server.pid));
      }
    }
    console.log(
      `SSR of an English article page (autocannon -c 10, ${DURATION_SECONDS} s each, medians of ${ROUNDS} alternating rounds; NODE_ENV=${process.env.NODE_ENV ?? "unset"})`,
    );
    const renders = inMemory.map(([name], index) => {
      const rounds = renderRounds[index]!;
      const perSecond = median(rounds.map((round) => round.rendersPerSecond));
      const cpu = median(rounds.map((round) => round.cpuMsPerRender));
      console.log(
        `  renderToString of ${name}, data in memory: ${perSecond.toFixed(0)} renders/s (${(1000 / perSecond).toFixed(2)} ms each, ${cpu.toFixed(2)} ms CPU); rounds ${rounds.map((r) => r.rendersPerSecond.toFixed(0)).join(", ")}`,
      );
      return { perSecond, cpu };
    });
    const [document] = renders as [(typeof renders)[0]];
    for (const [index, [name]] of servers.entries()) {
      const rounds = httpRounds[index]!;
      const rps = median(rounds.map((round) => round.requestsPerSecond));
      const cpuRounds = rounds.flatMap((round) =>
        round.cpuMsPerRequest === null ? [] : [round.cpuMsPerRequest],
      );
      const cpu = cpuRounds.length > 0 ? median(cpuRounds) : null;
      const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;
      console.log(
        `  ${name}: ${rps.toFixed(0)} req/s, p50 ${median(rounds.map((r) => r.p50))} ms, p99 ${median(rounds.map((r) => r.p99))} ms, errors ${rounds.reduce((sum, r) => sum + r.errors, 0)}; rounds ${rounds.map((r) => r.requestsPerSecond.toFixed(0)).join(", ")}`,
      );
      // The machine's speed drifts between rounds: each round's server figure against the same
      // round's render cancels the drift that the two medians above keep.
      const paired = median(
        rounds.map((round, i) => round.requestsPerSecond / renderRounds[0]![i]!.rendersPerSecond),
      );
      console.log(
        `    ratio (req/s ÷ renders/s): ${percent(rps, document.perSecond)} of the document render; round by round against the document render: median ${percent(paired, 1)} (${rounds.map((round, i) => percent(round.requestsPerSecond, renderRounds[0]![i]!.rendersPerSecond)).join(", ")})`,
      );
      if (cpu !== null)
        console.log(`    server CPU ${cpu.toFixed(2)} ms/request; CPU ratio ${percent(document.cpu, cpu)}`);
    }

    const apiRss = residentMegabytes(api.pid);
    if (apiRss !== null)
      console.log(
        `\nAPI resident memory after the rounds (${ROUNDS * (DURATION_SECONDS + 2) * 2} s of article-page load, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}): ${apiRss.toFixed(0)} MB`,
      );
    const workerRss = imageWorkerPids(api.pid).map((pid) => residentMegabytes(pid));
    console.log(
      `image worker resident memory (sharp, beside the API): ${workerRss.length === 0 ? "no worker started" : workerRss.map((mb) => `${mb?.toFixed(0) ?? "?"} MB`).join(", ")}`,
    );

    console.log("\nJavaScript shipped on an article page (all script files the browser loads)");
    const sizes = new Map<Locale, { files: number; minified: number; gzip: number }>();
    for (const locale of LOCALES) {
      const size = await javascriptBytes(cached.url, paths.get(locale)!);
      sizes.set(locale, size);
      console.log(
        `  ${locale}: ${size.files} files, ${(size.minified / 1024).toFixed(1)} KB minified, ${(size.gzip / 1024).toFixed(1)} KB gzip`,
      );
    }
    const english = sizes.get("en")!.gzip;
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      const delta = ((sizes.get(locale)!.gzip - english) / english) * 100;
      console.log(`  ${locale} vs en (gzip): ${delta >= 0 ? "+" : ""}${delta.toFixed(1)} %`);
    }
  } finally {
    await Promise.all([uncached.stop(), cached.stop()]);
    await api.stop();
  }
}

await main();
