import type { Locale } from "@sahifa/domain/locales";
import { useEffect } from "react";

/**
 * Counts one read of an article page (issue 5): after hydration, one beacon to the web
 * app's /views relay. sendBeacon survives the reader leaving the page and sends text/plain,
 * which needs no preflight. Renders nothing; without JavaScript nothing is counted.
 */
export function ViewBeacon({ articleId, locale }: { articleId: string; locale: Locale }) {
  useEffect(() => {
    const body = JSON.stringify({ articleId, locale });
    if (typeof navigator.sendBeacon === "function") navigator.sendBeacon("/views", body);
    else void fetch("/views", { method: "POST", body, keepalive: true }).catch(() => {});
  }, [articleId, locale]);
  return null;
}
