/// <reference lib="webworker" />
import { clientsClaim } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import { registerRoute, setCatchHandler } from "workbox-routing";
import { CacheFirst, NetworkFirst, NetworkOnly } from "workbox-strategies";
import {
  CACHE_NAMES,
  editionOfPath,
  isBuildAsset,
  isKeptArticle,
  isMediaImage,
  OFFLINE_ARTICLES,
  OFFLINE_PAGES,
  offlinePagePath,
} from "./offline-rules.ts";

/*
 * The reader's service worker (docs/architecture/053-offline-reading.md), built by Vite as a
 * classic script (vite.sw.config.ts) from Workbox's modules: the last articles a reader opened
 * stay readable offline, any other page falls back to the edition's offline page. Nothing else is
 * stored: previews, search, the API, live feeds and the desk (another origin) go to the network.
 */

declare const self: ServiceWorkerGlobalScope;

const origin = self.location.origin;

/** The network first, so a reader online always gets the current article; the kept copy when it fails. */
const articles = new NetworkFirst({
  cacheName: CACHE_NAMES.articles,
  networkTimeoutSeconds: 5,
  plugins: [new ExpirationPlugin({ maxEntries: OFFLINE_ARTICLES })],
});

registerRoute(({ request, url }) => request.mode === "navigate" && isKeptArticle(url, origin), articles);
registerRoute(
  ({ url }) => isBuildAsset(url, origin),
  new CacheFirst({ cacheName: CACHE_NAMES.assets, plugins: [new ExpirationPlugin({ maxEntries: 40 })] }),
);
registerRoute(
  ({ request, url }) => isMediaImage(url, origin, request.destination),
  new CacheFirst({
    cacheName: CACHE_NAMES.media,
    plugins: [new ExpirationPlugin({ maxEntries: 4 * OFFLINE_ARTICLES, purgeOnQuotaError: true })],
  }),
);
// Every other page comes from the network, never stored; offline, the catch handler answers.
registerRoute(({ request }) => request.mode === "navigate", new NetworkOnly());

setCatchHandler(async ({ request }) => {
  if (request.mode !== "navigate") return Response.error();
  const offlinePage = offlinePagePath(editionOfPath(new URL(request.url).pathname));
  return (await caches.match(offlinePage, { cacheName: CACHE_NAMES.offline })) ?? Response.error();
});

/**
 * The offline pages of every edition and the build files they load (stylesheets, and the
 * islands script that lists the kept articles), stored at install.
 */
async function storeOfflinePages(): Promise<void> {
  const pages = await caches.open(CACHE_NAMES.offline);
  await pages.addAll(OFFLINE_PAGES);
  const assets = await caches.open(CACHE_NAMES.assets);
  for (const path of OFFLINE_PAGES) {
    const html = await (await pages.match(path))?.text();
    const files = [...(html ?? "").matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)];
    await assets.addAll([...new Set(files.map((match) => match[1]!))]);
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(storeOfflinePages().then(() => self.skipWaiting()));
});
clientsClaim();

/**
 * The page that installed the worker was loaded before it ran: the page asks for its own
 * article to be kept (offline/register.ts), through the same strategy so the count holds.
 */
self.addEventListener("message", (event) => {
  const data = event.data as { type?: unknown; url?: unknown } | null;
  if (data?.type !== "keep-article" || typeof data.url !== "string") return;
  const url = new URL(data.url, origin);
  if (!isKeptArticle(url, origin)) return;
  event.waitUntil(articles.handle({ event, request: new Request(url, { cache: "force-cache" }) }));
});
