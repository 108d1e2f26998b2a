import { randomBytes } from "node:crypto";
import { type Connection, connect } from "@sahifa/db/connect";
import { migrateToLatest } from "@sahifa/db/migrate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inProcessNewsPubSub } from "../pubsub.ts";
import { insertNewsroomFixture } from "../testing/newsroom-fixture.ts";
import { startTcpProxy } from "../testing/tcp-proxy.ts";
import { createApp } from "../yoga.ts";

/**
 * Replays: PostgreSQL going away under load killed the API on a pg client's 'error' event,
 * and while it was down queries answered "Unexpected error" inside HTTP 200.
 * Runs against the PostgreSQL of the machine (OUTAGE_DATABASE_URL, default 127.0.0.1:5432),
 * reached through a relay the test cuts.
 */
const target = new URL(process.env.OUTAGE_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test");
const schema = `outage_${process.pid}_${randomBytes(4).toString("hex")}`;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let connection: Connection;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const proxied = new URL(target);
  proxied.port = String(proxy.port);
  connection = await connect({ databaseUrl: proxied.toString(), schema, poolSize: 10 });
  await connection.db.schema.createSchema(schema).execute();
  await migrateToLatest(connection.db);
  await insertNewsroomFixture(connection.db);
  app = createApp({ db: connection.db, pubsub: inProcessNewsPubSub().pubsub });
});

afterAll(async () => {
  await proxy?.restore().catch(() => {});
  await connection?.db.schema.dropSchema(schema).ifExists().cascade().execute();
  await connection?.close();
  await proxy?.close();
});

const SEARCH = JSON.stringify({
  query: '{ search(locale: en, query: "harbour") { totalCount hits { __typename } } }',
});

async function read(): Promise<{ status: number; retryAfter: string | null; body: string }> {
  const response = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": String(SEARCH.length) },
    body: SEARCH,
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: await response.text(),
  };
}

describe("a database outage under load", () => {
  it("answers 503 with Retry-After while it lasts, never kills the process, and recovers by itself", async () => {
    expect((await read()).status).toBe(200);
    const answers: Array<Awaited<ReturnType<typeof read>> & { phase: string }> = [];
    let phase = "before";
    let running = true;
    const clients = Array.from({ length: 20 }, async () => {
      while (running) {
        answers.push({ ...(await read()), phase });
        // Let timers run even when answers come back without touching the network.
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    phase = "down";
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    phase = "back";
    await proxy.restore();
    const backAt = Date.now();
    let recoveredAt: number | undefined;
    while (Date.now() - backAt < 10_000) {
      const answer = await read();
      if (answer.status === 200) {
        recoveredAt ??= Date.now();
      }
      if (recoveredAt && Date.now() - recoveredAt > 500) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    running = false;
    await Promise.all(clients);

    const during = answers.filter((a) => a.phase === "down");
    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((a) => a.status === 503).length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect([200, 503]).toContain(answer.status);
      if (answer.status === 503) {
        expect(answer.retryAfter).toBe("5");
        expect(answer.body).not.toMatch(/Unexpected error|Connection terminated|ECONN/);
      }
    }
    expect(recoveredAt).toBeDefined();
    expect((recoveredAt ?? Infinity) - backAt).toBeLessThan(5_000);
    const after = await Promise.all(Array.from({ length: 20 }, read));
    expect(after.every((a) => a.status === 200)).toBe(true);
  });
});
