import { createServer, type Server } from "node:http";
import { schedulePublication } from "@sahifa/db/desk/scheduling";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScheduler } from "../scheduler.ts";
import {
  contentInput,
  createDeskTestApp,
  type DeskTestApp,
  SAVE,
  transition,
} from "../schema/desk/desk.test-app.ts";
import { idOf } from "../testing/newsroom-fixture.ts";
import { freePort, type RunningVarnish, startVarnish } from "../testing/varnish.ts";
import { createPurgeClient, type PurgeClient } from "./purge-client.ts";
import { surrogateKeys } from "./surrogate-keys.ts";

/**
 * Publishing through the desk API purges the reader pages it changed from a
 * real Varnish: a page is cached (a hit), an editor publishes a change, the
 * next request misses and shows it. The reader here is a stub that renders an
 * article's title from the same API and tags the page as the web app does.
 */

const ARTICLE = idOf(1);
const HEAD = /* GraphQL */ `
  query ($id: ID!) { deskTranslation(articleId: $id, locale: en) { head { id } } }
`;
const TITLE = /* GraphQL */ `
  query ($id: ID!) { article(id: $id, locale: en) { title } }
`;

let desk: DeskTestApp;
let reader: Server;
let varnish: RunningVarnish;
const purged: string[][] = [];

beforeAll(async () => {
  const port = await freePort();
  varnish = await startVarnish({ backendPort: port });
  const client = createPurgeClient({ urls: [varnish.url] });
  const recording: PurgeClient = {
    purge: (keys) => {
      purged.push([...keys].sort());
      return client.purge(keys);
    },
  };
  desk = await createDeskTestApp({ app: { purgeClient: recording } });
  reader = createServer((request, response) => {
    const id = /^\/en\/article\/(\d+)$/.exec(request.url ?? "")?.[1];
    if (!id) return void response.writeHead(404).end();
    void desk.query(TITLE, { id }).then((answer) => {
      const title = answer.data?.article?.title as string | undefined;
      response
        .writeHead(title ? 200 : 404, {
          "cache-control": "public, max-age=300",
          xkey: [surrogateKeys.article(Number(id)), surrogateKeys.front("en")].join(" "),
        })
        .end(title ?? "not published");
    });
  });
  await new Promise<void>((resolve) => reader.listen(port, "127.0.0.1", resolve));
});
afterAll(async () => {
  await varnish?.stop();
  await new Promise((resolve) => reader?.close(resolve));
  await desk?.close();
});

async function page() {
  const response = await fetch(`${varnish.url}/en/article/${ARTICLE}`);
  return { cache: response.headers.get("x-cache"), body: await response.text() };
}

async function save(title: string) {
  const head = await desk.as("editorEn")(HEAD, { id: ARTICLE });
  const saved = await desk.as("editorEn")(SAVE, {
    articleId: ARTICLE,
    locale: "en",
    basedOn: head.data?.deskTranslation.head.id,
    content: contentInput(title, "The harbour reopened at dawn."),
  });
  expect(saved.data?.saveTranslation.__typename).toBe("TranslationSaved");
}

describe("publishing purges the pages it changed", () => {
  it("hit, publish a change, miss with the change", async () => {
    const before = await page();
    expect((await page()).cache).toBe("HIT");

    // Saving changes nothing readers see: nothing is purged, the page stays cached.
    await save("Harbour reopens after the storm");
    expect(purged).toEqual([]);
    expect(await page()).toEqual({ cache: "HIT", body: before.body });

    const published = await desk.as("editorEn")(transition("publish"), { articleId: ARTICLE, locale: "en" });
    expect(published.data?.publishTranslation.__typename).toBe("TranslationStatusChanged");
    expect(await page()).toEqual({ cache: "MISS", body: "Harbour reopens after the storm" });
    expect((await page()).cache).toBe("HIT");
  });

  it("purges exactly the article, its edition's front page and the lists it is in, in that edition only", async () => {
    // Article 1 of the fixture: news/economy, region Asia, the harbour dossier, tagged climate, by Sara Haddad.
    expect(purged.at(-1)).toEqual([
      "article-101",
      "author-en-sara-haddad",
      "dossier-en-harbour-future",
      "front-en",
      "region-en-asia",
      "section-en-economy",
      "section-en-news",
      "tag-en-climate",
    ]);
  });

  it("a correction (republishing) and unpublishing purge too", async () => {
    await save("Harbour reopens after the storm (corrected)");
    await desk.as("editorEn")(transition("publish"), { articleId: ARTICLE, locale: "en" });
    expect(await page()).toEqual({ cache: "MISS", body: "Harbour reopens after the storm (corrected)" });
    await page();

    await desk.as("editorEn")(transition("unpublish"), { articleId: ARTICLE, locale: "en" });
    expect(await page()).toEqual({ cache: "MISS", body: "not published" });
  });

  it("moving an article to another section purges the lists it left and joined, in each edition that has it", async () => {
    const UPDATE = /* GraphQL */ `
      mutation ($id: ID!) {
        updateArticle(id: $id, facts: { kind: news, sectionPath: "in-pictures", authorSlugs: ["sara-haddad"] }) {
          __typename
        }
      }
    `;
    // Article 2: news/sports, published in English and Arabic.
    const updated = await desk.as("admin")(UPDATE, { id: idOf(2) });
    expect(updated.data?.updateArticle.__typename).toBe("ArticleUpdated");
    const keys = purged.at(-1) ?? [];
    for (const locale of ["en", "ar"]) {
      for (const slug of ["news", "sports", "in-pictures"])
        expect(keys).toContain(`section-${locale}-${slug}`);
      expect(keys).toContain(`front-${locale}`);
    }
    expect(keys).toContain("article-102");
    expect(keys.some((key) => key.includes("-es"))).toBe(false);
  });

  it("a scheduled publication purges the same keys as publishing by hand, and the page shows it on the next request", async () => {
    // Article 1 was unpublished above: the cached page says so.
    await page();
    expect(await page()).toEqual({ cache: "HIT", body: "not published" });
    const now = new Date();
    const scheduled = await schedulePublication(
      desk.db,
      { articleId: ARTICLE, locale: "en" },
      new Date(now.getTime() + 60_000),
      null,
      now,
    );
    expect(scheduled.kind).toBe("scheduled");
    const scheduler = startScheduler({
      db: desk.db,
      intervalMs: 60_000,
      now: () => new Date(now.getTime() + 61_000),
      readerCache: desk.readerCache,
    });
    expect(await scheduler.runOnce()).toEqual([
      { key: { articleId: ARTICLE, locale: "en" }, outcome: "published" },
    ]);
    await scheduler.stop();
    expect(purged.at(-1)).toEqual(purged[0]);
    expect(await page()).toEqual({ cache: "MISS", body: "Harbour reopens after the storm (corrected)" });
  });
});
