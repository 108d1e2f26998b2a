import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { connect } from "@sahifa/db/connect";
import { createSession } from "@sahifa/db/desk/sessions";
import { createUser, findUserByEmail } from "@sahifa/db/desk/users";
import { migrateToLatest } from "@sahifa/db/migrate";
import { Redis } from "ioredis";
import { sql } from "kysely";
import { BREAKING_TOPIC } from "../src/pubsub.ts";
import { cpuSeconds } from "./process-cpu.ts";

/**
 * `pnpm bench:live`: time from posting a breaking item (the postBreakingNews
 * mutation on instance A) to its arrival at each of 1,000 SSE subscribers,
 * half on instance A and half on instance B; the instances are separate
 * processes sharing PostgreSQL and Redis, as two servers behind a load
 * balancer would. Prints p50/p99 over every arrival of every post.
 */

const DATABASE_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const SCHEMA = process.env.BENCH_SCHEMA || "bench_live";
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1_000);
/** Enough posts that one slow post (a GC pause, a neighbour's burst) is not the p99 by itself. */
const POSTS = Number(process.env.BENCH_POSTS ?? 100);
/** The first posts warm up every process (JIT, pools); they are posted but not counted. */
const WARM_UP = 2;

const SUBSCRIPTION = "subscription { breakingNews(locale: ar) { id text createdAt } }";
const POST = `mutation ($text: String!) {
  postBreakingNews(locale: ar, text: $text) {
    ... on BreakingNewsPosted { item { id } }
    ... on DeskError { code message }
  }
}`;

function startInstance(): Promise<{ child: ChildProcess; url: string }> {
  const script = fileURLToPath(new URL("./bench-live-server.ts", import.meta.url));
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles each instance during the run.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", script], {
    env: { ...process.env, DATABASE_URL, REDIS_URL, BENCH_SCHEMA: SCHEMA },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`API instance exited with ${code}`)));
    child.stdout!.once("data", (chunk: Buffer) => {
      const { port } = JSON.parse(chunk.toString()) as { port: number };
      resolve({ child, url: `http://127.0.0.1:${port}/graphql` });
    });
  });
}

/**
 * A bare SSE subscriber on a TCP socket: the request written by hand, the response read into
 * one buffer that every socket shares (`onread`: no stream, no chunk allocated per read), an
 * event's arrival stamped in the read callback. This one process holds 1,000 of them on the
 * same 2 cores as both instances, so its own cost per arrival must stay small next to theirs.
 */
const readBuffer = Buffer.alloc(64 * 1024);
function openSubscriber(url: string, onEvent: (id: string, at: number) => void): Promise<{ close(): void }> {
  const { hostname, port, pathname } = new URL(url);
  const body = JSON.stringify({ query: SUBSCRIPTION });
  const request =
    `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\ncontent-type: application/json\r\n` +
    `accept: text/event-stream\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  return new Promise((resolve, reject) => {
    let buffer = "";
    let opened = false;
    const onRead = (bytes: number): boolean => {
      const at = performance.now();
      buffer += readBuffer.toString("latin1", 0, bytes); // ids and markers are ASCII
      if (!opened) {
        if (!buffer.includes("\r\n\r\n")) return true;
        if (!buffer.startsWith("HTTP/1.1 200")) {
          reject(new Error(`subscription refused: ${buffer.slice(0, 40)}`));
          return false;
        }
        opened = true;
        resolve({ close: () => socket.destroy() });
      }
      // Events end with a blank line; chunked-encoding sizes sit between them and are skipped.
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.includes("event: next")) {
          const id = /"id":"(\d+)"/.exec(block)?.[1];
          if (id) onEvent(id, at);
        }
        end = buffer.indexOf("\n\n");
      }
      return true;
    };
    const socket = net.connect(
      { port: Number(port), host: hostname, onread: { buffer: readBuffer, callback: onRead } },
      () => socket.write(request),
    );
    socket.on("error", reject);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const setup = await connect({ databaseUrl: DATABASE_URL, schema: SCHEMA, poolSize: 2 });
  await sql`create schema if not exists ${sql.id(SCHEMA)}`.execute(setup.db);
  await migrateToLatest(setup.db);
  const email = "bench-editor@sahifa.test";
  const existing = await findUserByEmail(setup.db, email);
  const created = existing
    ? null
    : await createUser(setup.db, {
        email,
        displayName: "Bench editor",
        role: "editor",
        locales: ["ar"],
        passwordHash: "x",
      });
  const userId = existing?.id ?? (created?.kind === "created" ? created.user.id : null);
  if (userId === null) throw new Error("could not create the bench editor");
  const { token } = await createSession(setup.db, userId);
  await setup.close();

  const instances = await Promise.all([startInstance(), startInstance()]);
  const probe = new Redis(REDIS_URL);
  const channel = `${BREAKING_TOPIC}:ar`;
  const subscribers = async () => Number(((await probe.pubsub("NUMSUB", channel)) as [string, number])[1]);
  const baseline = await subscribers();
  const watcher = new Redis(REDIS_URL);
  try {
    /** Arrival times of each item, per instance (0: A, which answers the post; 1: B). */
    const arrivals = new Map<string, [number[], number[]]>();
    const subscriptions = await Promise.all(
      Array.from({ length: SUBSCRIBERS }, (_, i) =>
        openSubscriber(instances[i % 2]!.url, (id, at) => {
          const lists = arrivals.get(id) ?? [[], []];
          lists[i % 2]!.push(at);
          arrivals.set(id, lists);
        }),
      ),
    );
    // When each item reached Redis, as a third listener of the channel hears it: splits the time
    // into posting (auth, insert, commit) and delivery (Redis to instances to sockets).
    const onRedis = new Map<string, number>();
    watcher.on("message", (_channel: string, message: string) => {
      onRedis.set(String((JSON.parse(message) as { id: unknown }).id), performance.now());
    });
    await watcher.subscribe(channel);
    for (let i = 0; i < 200 && (await subscribers()) < baseline + 3; i++)
      await new Promise((r) => setTimeout(r, 25));
    // Let the last streams start their iterators before the first post.
    await new Promise((resolve) => setTimeout(resolve, 500));
    console.log(
      `${SUBSCRIBERS} SSE subscribers open (${SUBSCRIBERS / 2} per instance); posting ${POSTS} items…`,
    );

    const latencies: number[] = [];
    const responses: number[] = [];
    const toRedis: number[] = [];
    const fromRedis: [number[], number[]] = [[], []];
    const perPostP99: number[] = [];
    let missing = 0;
    let duplicates = 0;
    // CPU per counted post of each process: what delivery costs, however busy the machine is.
    const cpuNow = () => {
      const client = process.cpuUsage();
      return [...instances.map((i) => cpuSeconds(i.child.pid)), (client.user + client.system) / 1e6];
    };
    let cpuBefore: number[] = [];
    for (let post = -WARM_UP; post < POSTS; post++) {
      if (post === 0) cpuBefore = cpuNow();
      const started = performance.now();
      const response = await fetch(instances[0]!.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: POST, variables: { text: `عاجل: اختبار رقم ${post + 1}` } }),
      });
      const body = (await response.json()) as {
        data?: { postBreakingNews: { item?: { id: string }; code?: string; message?: string } };
        errors?: unknown;
      };
      responses.push(performance.now() - started);
      const id = body.data?.postBreakingNews.item?.id;
      if (!id) throw new Error(`post refused: ${JSON.stringify(body)}`);
      const deadline = performance.now() + 5_000;
      const count = () => arrivals.get(id)?.flat().length ?? 0;
      while (count() < SUBSCRIBERS && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
      const byInstance = arrivals.get(id) ?? [[], []];
      const times = byInstance.flat().map((at) => at - started);
      if (post < 0) continue;
      const published = onRedis.get(id) ?? Number.NaN;
      toRedis.push(published - started);
      byInstance.forEach((list, instance) => {
        fromRedis[instance]!.push(...list.map((at) => at - published));
      });
      missing += Math.max(0, SUBSCRIBERS - times.length);
      duplicates += Math.max(0, times.length - SUBSCRIBERS);
      latencies.push(...times);
      perPostP99.push(
        percentile(
          [...times].sort((a, b) => a - b),
          99,
        ),
      );
    }
    const cpuPerPost = cpuNow().map((seconds, i) => ((seconds - cpuBefore[i]!) * 1000) / POSTS);
    for (const s of subscriptions) s.close();

    const sorted = latencies.sort((a, b) => a - b);
    const [load] = loadavg();
    console.log(
      `\nPost → arrival over ${POSTS} posts × ${SUBSCRIBERS} subscribers on 2 instances via Redis (load average ${load?.toFixed(1)} on ${cpus().length} CPUs):`,
    );
    console.log(
      `  p50 ${percentile(sorted, 50).toFixed(1)} ms   p99 ${percentile(sorted, 99).toFixed(1)} ms   max ${sorted.at(-1)?.toFixed(1)} ms`,
    );
    const postP99s = perPostP99.sort((a, b) => a - b);
    console.log(
      `  per post, the p99 over its 1,000 arrivals: median ${percentile(postP99s, 50).toFixed(1)} ms, worst ${postP99s.at(-1)?.toFixed(1)} ms`,
    );
    const sortedResponses = responses.slice(WARM_UP).sort((a, b) => a - b);
    console.log(
      `  (the post mutation itself answered in p50 ${percentile(sortedResponses, 50).toFixed(1)} ms: insert, commit, publish to Redis)`,
    );
    const p = (list: number[], q: number) =>
      percentile(
        [...list].sort((a, b) => a - b),
        q,
      ).toFixed(1);
    console.log(
      `  post → on Redis p50 ${p(toRedis, 50)} ms; on Redis → arrival p50/p99 at instance A ${p(fromRedis[0], 50)}/${p(fromRedis[0], 99)} ms, at B ${p(fromRedis[1], 50)}/${p(fromRedis[1], 99)} ms`,
    );
    const [cpuA, cpuB, cpuClient] = cpuPerPost.map((ms) => ms.toFixed(1));
    console.log(
      `  CPU per post: instance A ${cpuA} ms (it also answers the post), instance B ${cpuB} ms, this client ${cpuClient} ms`,
    );
    console.log(`  arrivals ${sorted.length}, missing ${missing}, duplicates ${duplicates}`);
    const p99 = percentile(sorted, 99);
    console.log(`\nTarget p99 ≤ 100 ms: ${p99 <= 100 ? "met" : "NOT met"} (${p99.toFixed(1)} ms)`);
  } finally {
    await Promise.all([probe.quit(), watcher.quit()]);
    for (const instance of instances) instance.child.kill("SIGTERM");
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
