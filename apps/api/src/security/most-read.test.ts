import { createSession } from "@sahifa/db/desk/sessions";
import { createUser } from "@sahifa/db/desk/users";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inProcessNewsPubSub } from "../pubsub.ts";
import { transition } from "../schema/desk/desk.test-app.ts";
import { idOf } from "../testing/newsroom-fixture.ts";
import { createTestApp } from "../testing/test-app.ts";
import { createApp } from "../yoga.ts";

/**
 * Replays: one client's 3,000 view beacons put an article at #1 of an edition, and Most Read
 * kept listing an article 30 s after it was unpublished.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let app: ReturnType<typeof createApp>;
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

beforeAll(async () => {
  t = await createTestApp();
  // Behind one proxy, as in production: the proxy names each reader's address. Wall clock: beacons count today.
  app = createApp({ db: t.db, trustedProxyHops: 1, pubsub: inProcessNewsPubSub().pubsub });
});
afterAll(() => t?.close());

const beacon = (articleId: number, client: string) =>
  app.fetch("http://test/views", {
    method: "POST",
    headers: { "content-type": "text/plain", "user-agent": BROWSER, "x-forwarded-for": client },
    body: JSON.stringify({ articleId, locale: "en" }),
  });

async function mostRead(): Promise<number[]> {
  const response = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ edition(locale: en) { mostRead(first: 5, days: 1) { id } } }" }),
  });
  const body = (await response.json()) as { data: { edition: { mostRead: Array<{ id: string }> } } };
  return body.data.edition.mostRead.map((article) => Number(article.id));
}

describe("Most Read", () => {
  it("cannot be rigged by one client replaying beacons", async () => {
    const [rigged, popular] = [idOf(3), idOf(4)];
    for (let reader = 1; reader <= 5; reader++) await beacon(popular, `198.51.100.${reader}`);
    const replays = [];
    for (let i = 0; i < 300; i++) replays.push(beacon(rigged, "203.0.113.66"));
    expect((await Promise.all(replays)).every((response) => response.status === 204)).toBe(true);
    const ranking = await mostRead();
    expect(ranking[0]).toBe(popular);
    expect(ranking.indexOf(rigged)).toBeGreaterThan(0);
  });

  it("drops an unpublished article at once, though the list is cached", async () => {
    const before = await mostRead();
    const top = before[0];
    expect(top).toBeDefined();
    // Through the API, as the desk does: the write also tells the caches that keep public answers.
    const editor = await createUser(t.db, {
      email: "most-read-editor@desk.test",
      displayName: "Most Read editor",
      role: "editor",
      locales: ["en"],
      passwordHash: "not-a-real-hash",
    });
    if (editor.kind !== "created") throw new Error("could not create the editor");
    const { token } = await createSession(t.db, editor.user.id);
    const response = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: transition("unpublish"), variables: { articleId: top, locale: "en" } }),
    });
    const outcome = (await response.json()) as { data: { unpublishTranslation: unknown } };
    expect(outcome.data.unpublishTranslation).toMatchObject({ __typename: "TranslationStatusChanged" });
    expect(await mostRead()).not.toContain(top);
  });
});
