import { SERVICE_WORKER_PATH } from "./offline-rules.ts";

/**
 * Installs the offline reading worker (docs/architecture/053-offline-reading.md) and asks it to
 * keep the article this page shows, which was loaded before the worker could see it.
 */
export function registerOfflineReading(document: Document): void {
  if (!("serviceWorker" in navigator)) return;
  // Installing stores the three offline pages: after the page's own load, never competing with it.
  if (document.readyState === "complete") keepForOffline(document);
  else window.addEventListener("load", () => keepForOffline(document), { once: true });
}

function keepForOffline(document: Document): void {
  const isArticle = document.querySelector("[data-view-beacon]") !== null;
  navigator.serviceWorker
    .register(SERVICE_WORKER_PATH)
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      if (isArticle) registration.active?.postMessage({ type: "keep-article", url: location.href });
    })
    .catch(() => {
      // Offline reading is an extra: a browser that refuses the worker reads online as before.
    });
}
