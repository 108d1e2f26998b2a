import type { AddressInfo } from "node:net";
import { createSession } from "@sahifa/db/desk/sessions";
import { createUser } from "@sahifa/db/desk/users";
import { createTestDatabase, type TestDatabase } from "@sahifa/db/testing";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BREAKING_TOPIC, createNewsPubSub, type PubSubHandle } from "./pubsub.ts";
import { listen } from "./server.ts";
import { subscribeSse } from "./testing/sse-client.ts";
import { createApp } from "./yoga.ts";

/**
 * Two API instances sharing one Redis: an item posted through one
 * reaches the subscribers of both, exactly once each. Redis runs on
 * 127.0.0.1:6379 here and in CI; REDIS_URL overrides.
 */
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

let connection: TestDatabase;
let handles: PubSubHandle[] = [];
let probe: Redis;

beforeAll(async () => {
  connection = await createTestDatabase();
  handles = [
    await createNewsPubSub({ redisUrl: REDIS_URL }),
    await createNewsPubSub({ redisUrl: REDIS_URL }),
  ];
  probe = new Redis(REDIS_URL);
});
afterAll(async () => {
  await Promise.all(handles.map((handle) => handle.close()));
  await probe?.quit();
  await connection?.close();
});

async function subscribers(channel: string): Promise<number> {
  const [, count] = (await probe.pubsub("NUMSUB", channel)) as [string, number | string];
  return Number(count);
}

/** Redis drops messages for channels nobody has subscribed to yet; wait until both instances listen. */
async function untilSubscribed(channel: string, count: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await subscribers(channel)) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Fewer than ${count} subscribers on ${channel}`);
}

describe("pub/sub through Redis", () => {
  it("delivers an item posted on one instance to subscribers of both, exactly once", async () => {
    expect(handles.map((handle) => handle.kind)).toEqual(["redis", "redis"]);
    const [first, second] = handles.map((handle) => createApp({ db: connection.db, pubsub: handle.pubsub }));
    const channel = `${BREAKING_TOPIC}:es`;
    // Another process (a dev server) may listen too: count ours on top of whatever was there.
    const baseline = await subscribers(channel);
    const query = "subscription { breakingNews(locale: es) { id text } }";
    const onFirst = subscribeSse(first!.fetch, "http://first/graphql", query);
    const onSecond = subscribeSse(second!.fetch, "http://second/graphql", query);
    const onSecondAgain = subscribeSse(second!.fetch, "http://second/graphql", query);
    await Promise.all([onFirst.opened, onSecond.opened, onSecondAgain.opened]);
    // One Redis subscription per instance, however many readers it serves.
    await untilSubscribed(channel, baseline + 2);

    // Posted through instance one's API, as an editor of the Spanish edition.
    const editor = await createUser(connection.db, {
      email: "editor-es@pubsub.test",
      displayName: "Editora",
      role: "editor",
      locales: ["es"],
      passwordHash: "not-a-real-hash",
    });
    if (editor.kind !== "created") throw new Error("could not create the editor");
    const { token } = await createSession(connection.db, editor.user.id);
    const response = await first!.fetch("http://first/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation { postBreakingNews(locale: es, text: "Última hora: prueba entre instancias") { ... on BreakingNewsPosted { item { id } } ... on DeskError { code } } }`,
      }),
    });
    const posted = (await response.json()) as { data: { postBreakingNews: { item?: { id: string } } } };
    const id = posted.data.postBreakingNews.item?.id;
    expect(id).toBeDefined();

    const expected = { breakingNews: { id: String(id), text: "Última hora: prueba entre instancias" } };
    expect(await onSecond.next()).toEqual(expected);
    expect(await onSecondAgain.next()).toEqual(expected);
    expect(await onFirst.next()).toEqual(expected);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const mine = (s: typeof onFirst) =>
      s.received.filter((e) => (e as typeof expected).breakingNews.id === expected.breakingNews.id);
    expect([mine(onFirst).length, mine(onSecond).length, mine(onSecondAgain).length]).toEqual([1, 1, 1]);
    for (const s of [onFirst, onSecond, onSecondAgain]) s.close();
  });

  it("stops listening to Redis as soon as an instance's last reader hangs up, without waiting for an item", async () => {
    // Over a real socket: a reader hangs up by closing its connection.
    const { server } = await listen(
      createApp({ db: connection.db, pubsub: handles[0]!.pubsub }),
      0,
      "127.0.0.1",
    );
    const { port } = server.address() as AddressInfo;
    const channel = `${BREAKING_TOPIC}:ar`;
    const baseline = await subscribers(channel);
    const query = "subscription { breakingNews(locale: ar) { id } }";
    const readers = [1, 2].map(() => subscribeSse(fetch, `http://127.0.0.1:${port}/graphql`, query));
    await Promise.all(readers.map((reader) => reader.opened));
    await untilSubscribed(channel, baseline + 1);
    for (const reader of readers) reader.close();
    for (let i = 0; i < 100 && (await subscribers(channel)) > baseline; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await subscribers(channel)).toBe(baseline);
    server.close();
  });
});
