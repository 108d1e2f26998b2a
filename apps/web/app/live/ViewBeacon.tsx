import type { Locale } from "@sahifa/domain/locales";

/**
 * Marks an article page for the view beacon: the reader script finds this element
 * and sends one beacon to the web app's /views relay. Without JavaScript nothing is counted.
 */
export function ViewBeacon({ articleId, locale }: { articleId: string; locale: Locale }) {
  return <span hidden data-view-beacon="" data-article-id={articleId} data-locale={locale} />;
}

/**
 * Counts one read of the page's article, if it has one. sendBeacon survives the reader
 * leaving the page and sends text/plain, which needs no preflight.
 */
export function sendViewBeacon(document: Document): void {
  const marker = document.querySelector<HTMLElement>("[data-view-beacon]");
  if (!marker) return;
  const body = JSON.stringify({ articleId: marker.dataset.articleId, locale: marker.dataset.locale });
  if (typeof navigator.sendBeacon === "function") navigator.sendBeacon("/views", body);
  else void fetch("/views", { method: "POST", body, keepalive: true }).catch(() => {});
}
