import { SERVICE_WORKER_PATH } from "./offline-rules.ts";

/**
 * Installs the offline reading worker (docs/architecture/053-offline-reading.md) and asks it to
 * keep the article this page shows, which was loaded before the worker could see it.
 */
export function registerOfflineReading(document: Document): void {
  if (!("serviceWorker" in navigator)) return;
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
