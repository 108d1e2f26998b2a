import { isbot } from "isbot";

/**
 * Crawlers, link unfurlers, monitors and scripted clients are not readers: their
 * page loads must not move "most read". The `isbot` list (kept up to date by its
 * maintainers) recognises them; a missing User-Agent counts as one too, since
 * every browser sends one.
 */
export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.trim() === "") return true;
  return isbot(userAgent);
}
