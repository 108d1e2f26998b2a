import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { LEAK } from "@sahifa/e2e-harness/abuse";
import { startApiProcess } from "../src/testing/api-process.ts";

/**
 * `pnpm bench:abuse`: malformed and abusive requests of every kind the hardening covers,
 * sent to the API as `pnpm start` runs it (built, on a fresh embedded database), while a
 * legitimate reader query and /healthz are timed beside them. Prints what came back: server
 * errors, answers leaking a stack trace, SQL or a file path, /healthz failures, and the
 * legitimate query's latency. BENCH_REQUESTS sets the number of abusive requests (5,000).
 */
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 5_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

type Attack = { kind: string; method: string; path: string; headers?: Record<string, string>; body?: string };

// As current GraphQL clients send it: refusals then answer 4xx, per the GraphQL-over-HTTP spec.
const json = { "content-type": "application/json", accept: "application/graphql-response+json" };
const gql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const nested = (depth: number) =>
  `{ edition { lead ${"{ related ".repeat(depth)}{ id }${" }".repeat(depth)} } }`;

const ATTACKS: Attack[] = [
  {
    kind: "NUL in a variable",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql("query ($s: String!) { tag(slug: $s) { slug } }", { s: "a\u0000b" }),
  },
  {
    kind: "NUL in a literal",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql('{ search(locale: en, query: "x\\u0000y") { totalCount } }'),
  },
  {
    kind: "NUL in sign-in",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql('mutation { signIn(email: "a\\u0000@b.c", password: "p") { __typename } }'),
  },
  { kind: "too deep", method: "POST", path: "/graphql", headers: json, body: gql(nested(12)) },
  {
    kind: "too many aliases",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: tags { slug }`).join(" ")} }`),
  },
  {
    kind: "aliased heavy lists",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql(
      `{ ${Array.from({ length: 8 }, (_, i) => `a${i}: tags { articles(first: 100) { edges { node { title summary body { __typename } } } } }`).join(" ")} }`,
    ),
  },
  {
    kind: "unpaged list, nested pages",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql(
      "{ authors { articles(first: 100) { edges { node { tags { articles(first: 100) { edges { node { id } } } } } } } } }",
    ),
  },
  {
    kind: "page size in a variable",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql(
      "query ($n: Int) { articles(locale: en, first: $n) { edges { node { related { tags { articles(first: 100) { edges { node { id } } } } } } } } }",
      { n: 100 },
    ),
  },
  {
    kind: "too many tokens",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql(`{ ${"__typename ".repeat(3_000)} }`),
  },
  {
    kind: "too many directives",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql(`{ __typename ${"@include(if: true) ".repeat(40)} }`),
  },
  {
    kind: "malformed JSON",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: '{"query": "{ tags { slug } }"',
  },
  {
    kind: "not GraphQL",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql("SELECT * FROM users; --"),
  },
  {
    kind: "wrong variable type",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql("query ($n: Int) { articles(locale: en, first: $n) { edges { cursor } } }", { n: "lots" }),
  },
  {
    kind: "out-of-range page",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql("{ articles(locale: en, first: 100000) { edges { cursor } } }"),
  },
  {
    kind: "malformed cursor",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql('{ articles(locale: en, after: "%%%") { edges { cursor } } }'),
  },
  {
    kind: "cross-site form POST",
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "query=mutation%7BsignOut%7D",
  },
  {
    kind: "mutation over GET",
    method: "GET",
    path: "/graphql?query=mutation%7BsignOut%7D",
    headers: { "x-graphql-yoga-csrf": "1" },
  },
  { kind: "PUT on /graphql", method: "PUT", path: "/graphql", headers: json, body: gql("{ __typename }") },
  { kind: "DELETE on /graphql", method: "DELETE", path: "/graphql" },
  { kind: "PATCH on /graphql", method: "PATCH", path: "/graphql", headers: json, body: "{}" },
  { kind: "PROPFIND on /graphql", method: "PROPFIND", path: "/graphql" },
  {
    kind: "body over the limit",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql(`{ __typename }${" ".repeat(1_100_000)}`),
  },
  { kind: "media traversal", method: "GET", path: "/media/..%2F..%2Fpackage.json" },
  { kind: "media NUL", method: "GET", path: "/media/a%00.svg" },
  { kind: "media PUT", method: "PUT", path: "/media/x.svg", body: "<svg/>" },
  { kind: "unknown path", method: "GET", path: "/wp-admin/setup.php" },
  {
    kind: "beacon flood",
    method: "POST",
    path: "/views",
    headers: { "content-type": "text/plain", "user-agent": "Mozilla/5.0 Firefox/133.0" },
    body: '{"articleId": 1001, "locale": "en"}',
  },
  {
    kind: "beacon malformed",
    method: "POST",
    path: "/views",
    headers: { "content-type": "text/plain" },
    body: '{"articleId": "1 or 1=1", "locale": "xx"}',
  },
  { kind: "beacon GET", method: "GET", path: "/views" },
  {
    kind: "unknown email sign-in",
    method: "POST",
    path: "/graphql",
    headers: json,
    body: gql(
      'mutation { signIn(email: "nobody@example.org", password: "guess-guess-guess") { __typename } }',
    ),
  },
];

async function main() {
  const from = existsSync(new URL("../dist/start.js", import.meta.url)) ? "built" : "source";
  console.log(
    `starting the API (${from === "built" ? "dist/start.js" : "src through tsx: run pnpm build for the built one"}) on a fresh embedded database…`,
  );
  // Production demands a preview secret of its own; the bench makes a throwaway one.
  const api = await startApiProcess(
    { SHUTDOWN_GRACE_MS: "2000", NODE_ENV: "production", PREVIEW_SECRET: randomBytes(32).toString("hex") },
    from,
  );
  const base = api.url;
  const perKind = new Map<string, { sent: number; statuses: Map<number, number> }>();
  let serverErrors = 0;
  let leaks = 0;
  const leakSamples: string[] = [];

  let done = false;
  const legit: number[] = [];
  const legitBody = gql(
    "{ edition(locale: en) { lead { title url } mostRead(first: 4) { title } } articles(locale: en, first: 10) { edges { node { title summary url } } } }",
  );
  const legitClient = (async () => {
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${base}/graphql`, { method: "POST", headers: json, body: legitBody });
      await response.text();
      if (response.status === 200) legit.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  let healthFailures = 0;
  let healthChecks = 0;
  const healthClient = (async () => {
    while (!done) {
      const response = await fetch(`${base}/healthz`).catch(() => null);
      healthChecks++;
      if (response?.status !== 200) healthFailures++;
      await response?.text();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();

  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < TOTAL) {
      const attack = ATTACKS[next++ % ATTACKS.length]!;
      const stats = perKind.get(attack.kind) ?? { sent: 0, statuses: new Map() };
      perKind.set(attack.kind, stats);
      stats.sent++;
      let status = 0;
      let text = "";
      try {
        const response = await fetch(`${base}${attack.path}`, {
          method: attack.method,
          headers: attack.headers ?? {},
          ...(attack.body !== undefined ? { body: attack.body } : {}),
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        text = String(error);
      }
      stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
      if (status >= 500 || status === 0) serverErrors++;
      if (LEAK.test(text)) {
        leaks++;
        if (leakSamples.length < 3) leakSamples.push(`${attack.kind}: ${text.slice(0, 200)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await Promise.all([legitClient, healthClient]);
  api.child.kill("SIGTERM");
  const exit = await api.exited;

  legit.sort((a, b) => a - b);
  const pct = (p: number) =>
    legit[Math.min(legit.length - 1, Math.floor((p / 100) * legit.length))] ?? Number.NaN;
  console.log("\n| Kind | Sent | Statuses |\n|---|---:|---|");
  for (const [kind, stats] of perKind) {
    const statuses = [...stats.statuses].map(([status, count]) => `${status}×${count}`).join(", ");
    console.log(`| ${kind} | ${stats.sent} | ${statuses} |`);
  }
  console.log(`
| Figure | Value |
|---|---:|
| Abusive requests (${CONCURRENCY} at a time) | ${TOTAL} in ${seconds.toFixed(1)} s |
| Server errors (5xx or no answer) | ${serverErrors} |
| Answers showing a stack trace, SQL or a path | ${leaks} |
| /healthz checks not 200 | ${healthFailures} of ${healthChecks} |
| Legitimate query during the run, p50 | ${pct(50).toFixed(0)} ms |
| Legitimate query during the run, p99 | ${pct(99).toFixed(0)} ms (${legit.length} queries) |
| API exit after SIGTERM | ${exit} |
`);
  for (const sample of leakSamples) console.log(`leak: ${sample}`);
  if (serverErrors > 0 || leaks > 0 || healthFailures > 0) process.exitCode = 1;
}

await main();
