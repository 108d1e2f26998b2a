import { connect } from "node:net";

/**
 * Malformed and abusive HTTP requests, written byte for byte on a socket (fetch would refuse
 * or repair most of them: NUL bytes, a foreign Host, huge headers, a body sent a drip at a
 * time), and a runner that sends them to a server while timing a legitimate page and
 * /healthz beside them. The benchmarks of the reader and desk apps use it.
 */

export interface Attack {
  kind: string;
  /** The request line's method and target, sent as they are (no encoding). */
  method: string;
  target: string;
  /** Raw header lines; Host (the server's own) and Connection: close are added unless given. */
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in this many pieces, 200 ms apart (a slow client, within reason). */
  slowPieces?: number;
}

export interface RawAnswer {
  /** 0 when the server closed without an HTTP answer, -1 when none came within ANSWER_TIMEOUT_MS. */
  status: number;
  text: string;
}

const ANSWER_TIMEOUT_MS = 15_000;

/** One request on its own connection; resolves with the status line's code and the whole answer as text. */
export function rawRequest(origin: string, attack: Attack): Promise<RawAnswer> {
  const url = new URL(origin);
  const body = attack.body === undefined ? undefined : Buffer.from(attack.body);
  const headers: Record<string, string> = {
    host: url.host,
    connection: "close",
    ...(body ? { "content-length": String(body.length) } : {}),
    ...attack.headers,
  };
  const head = Buffer.from(
    `${attack.method} ${attack.target} HTTP/1.1\r\n${Object.entries(headers)
      .filter(([, value]) => value !== "")
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("")}\r\n`,
    "latin1",
  );
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(url.port), url.hostname);
    let timedOut = false;
    const finish = () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString("utf8");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? (timedOut ? -1 : 0));
      resolve({ status, text });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, ANSWER_TIMEOUT_MS);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("close", finish);
    socket.on("error", () => {});
    socket.on("connect", async () => {
      socket.write(head);
      if (!body) return;
      const pieces = attack.slowPieces ?? 1;
      const size = Math.ceil(body.length / pieces);
      for (let offset = 0; offset < body.length && !socket.destroyed; offset += size) {
        if (offset > 0) await new Promise((wait) => setTimeout(wait, 200));
        socket.write(body.subarray(offset, offset + size));
      }
    });
  });
}

/** What an answer must never show: a stack frame, a source path, SQL. */
export const LEAK =
  /\bat [\w.<>]+ \(|\.(ts|tsx|js|mjs):\d+|node_modules|\/work\/|\/home\/|\bselect\s+[\w*", ]+\s+from\b|\binsert into\b|\bsyntax error at or near\b/i;

/** The foreign host the attacks name: an answer that repeats it would let a forged Host steer links or redirects. */
export const FOREIGN_HOST = "evil.example";

/** Whether an answer leaks internals or repeats the forged host. */
export function answerLeaks(text: string): boolean {
  return LEAK.test(text) || text.includes(FOREIGN_HOST);
}

/** The abuse every HTTP app of ours must withstand, whatever its pages (020–024 of docs/architecture). */
export function commonAttacks(page: string): Attack[] {
  const big = "x".repeat(2 * 1024 * 1024);
  return [
    { kind: "NUL in the path (encoded)", method: "GET", target: `${page}/a%00b` },
    { kind: "NUL in the query (encoded)", method: "GET", target: `${page}?q=a%00b&after=%00` },
    { kind: "NUL byte in the request line", method: "GET", target: `${page}/a\u0000b` },
    { kind: "bad percent-encoding", method: "GET", target: `${page}/%E0%A4%A/%ff%fe?q=%zz` },
    { kind: "path traversal", method: "GET", target: "/..%2f..%2f..%2fetc%2fpasswd" },
    { kind: "asset traversal", method: "GET", target: "/assets/..%2f..%2fpackage.json" },
    { kind: "dot segments", method: "GET", target: "/assets/%2e%2e/%2e%2e/%2e%2e/package.json" },
    { kind: "overlong URL", method: "GET", target: `${page}/${"a".repeat(12_000)}` },
    { kind: "PROPFIND", method: "PROPFIND", target: page },
    { kind: "TRACE", method: "TRACE", target: page },
    { kind: "DELETE", method: "DELETE", target: page },
    { kind: "PUT with a body", method: "PUT", target: page, body: "<x/>" },
    { kind: "made-up method", method: "BREW", target: page },
    { kind: "OPTIONS", method: "OPTIONS", target: page },
    { kind: "body over any limit", method: "POST", target: page, body: big },
    {
      kind: "body larger than announced",
      method: "POST",
      target: page,
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": "10" },
      body: "a=1&b=2&c=3&d=4",
    },
    { kind: "huge header", method: "GET", target: page, headers: { "x-filler": "y".repeat(40_000) } },
    {
      kind: "many headers",
      method: "GET",
      target: page,
      headers: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`x-h${i}`, "1"])),
    },
    {
      kind: "bad cookies",
      method: "GET",
      target: page,
      headers: { cookie: 'sahifa_desk=%E0%A4%A; ==; ;;; a="unclosed; sahifa_desk=\u00ff\u00fe' },
    },
    {
      kind: "huge cookie",
      method: "GET",
      target: page,
      headers: { cookie: `sahifa_desk=${"z".repeat(6_000)}; other=${"%".repeat(2_000)}` },
    },
    {
      kind: "bad Accept-Language",
      method: "GET",
      target: "/",
      headers: { "accept-language": ";q=x,,,*;q=-1, zz-ZZZZZZZZZZZZ;q=2, ar-%00, en;q=1e9" },
    },
    {
      kind: "huge Accept-Language",
      method: "GET",
      target: "/",
      headers: { "accept-language": Array.from({ length: 600 }, (_, i) => `x${i};q=0.${i % 10}`).join(",") },
    },
    { kind: "unknown Host", method: "GET", target: page, headers: { host: FOREIGN_HOST } },
    { kind: "no Host", method: "GET", target: page, headers: { host: "" } },
    { kind: "absolute URL to elsewhere", method: "GET", target: `http://${FOREIGN_HOST}/en` },
    {
      kind: "slow body",
      method: "POST",
      target: page,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "a=1&b=2&c=3&d=4&e=5",
      slowPieces: 5,
    },
    {
      kind: "bad content-type",
      method: "POST",
      target: page,
      headers: { "content-type": "multipart/form-data; boundary=" },
      body: "--\r\n\r\n--",
    },
  ];
}

export interface AbuseRun {
  total: number;
  concurrency: number;
  seconds: number;
  perKind: Map<string, Map<number, number>>;
  serverErrors: number;
  leaks: number;
  leakSamples: string[];
  healthChecks: number;
  healthFailures: number;
  /** Latencies of the legitimate page, sorted, in ms. */
  legit: number[];
}

/**
 * Sends `total` attacks, `concurrency` at a time, cycling through the list, while one client
 * fetches `legitPath` every 20 ms and another /healthz every 100 ms.
 */
export async function runAbuse(options: {
  origin: string;
  attacks: readonly Attack[];
  legitPath: string;
  total: number;
  concurrency: number;
}): Promise<AbuseRun> {
  const { origin, attacks, total, concurrency } = options;
  let done = false;
  const legit: number[] = [];
  const legitClient = (async () => {
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${origin}${options.legitPath}`).catch(() => null);
      await response?.text();
      if (response?.status === 200) legit.push(performance.now() - started);
      await new Promise((wait) => setTimeout(wait, 20));
    }
  })();
  let healthChecks = 0;
  let healthFailures = 0;
  const healthClient = (async () => {
    while (!done) {
      const response = await fetch(`${origin}/healthz`).catch(() => null);
      healthChecks++;
      if (response?.status !== 200) healthFailures++;
      await response?.text();
      await new Promise((wait) => setTimeout(wait, 100));
    }
  })();

  const perKind = new Map<string, Map<number, number>>();
  let serverErrors = 0;
  let leaks = 0;
  const leakSamples: string[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const attack = attacks[next++ % attacks.length]!;
      const answer = await rawRequest(origin, attack);
      const statuses = perKind.get(attack.kind) ?? new Map<number, number>();
      perKind.set(attack.kind, statuses);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status >= 500 || answer.status <= 0) serverErrors++;
      if (answerLeaks(answer.text)) {
        leaks++;
        if (leakSamples.length < 3) leakSamples.push(`${attack.kind}: ${answer.text.slice(0, 300)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await Promise.all([legitClient, healthClient]);
  legit.sort((a, b) => a - b);
  return {
    total,
    concurrency,
    seconds,
    perKind,
    serverErrors,
    leaks,
    leakSamples,
    healthChecks,
    healthFailures,
    legit,
  };
}

/** The run as the Markdown tables docs/benchmarks.md keeps. */
export function abuseReport(name: string, legitPath: string, run: AbuseRun): string {
  const pct = (p: number) =>
    run.legit[Math.min(run.legit.length - 1, Math.floor((p / 100) * run.legit.length))] ?? Number.NaN;
  const kinds = [...run.perKind]
    .map(
      ([kind, statuses]) =>
        `| ${kind} | ${[...statuses].map(([status, count]) => `${status === 0 ? "closed, no answer" : status === -1 ? "no answer in 15 s" : status}×${count}`).join(", ")} |`,
    )
    .join("\n");
  return `### ${name}

| Kind | Statuses |
|---|---|
${kinds}

| Figure | Value |
|---|---:|
| Abusive requests (${run.concurrency} at a time) | ${run.total} in ${run.seconds.toFixed(1)} s |
| Server errors (5xx, closed or no answer in 15 s) | ${run.serverErrors} |
| Answers showing a stack trace, SQL, a path or the forged Host | ${run.leaks} |
| /healthz checks not 200 | ${run.healthFailures} of ${run.healthChecks} |
| \`${legitPath}\` during the run, p50 | ${pct(50).toFixed(0)} ms |
| \`${legitPath}\` during the run, p99 | ${pct(99).toFixed(0)} ms (${run.legit.length} pages) |
${run.leakSamples.map((sample) => `\nleak: ${sample}`).join("")}`;
}
