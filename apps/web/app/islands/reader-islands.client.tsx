import "@fontsource-variable/noto-naskh-arabic/wght.css";
import "../styles/arabic-edition-font.css";
import "@fontsource-variable/source-serif-4/wght.css";
import "../styles/site.css";
import { type ComponentType, createElement, type ReactNode, startTransition, useEffect } from "react";
import { hydrateRoot } from "react-dom/client";
import { sendViewBeacon } from "../live/ViewBeacon.tsx";
import { registerOfflineReading } from "../offline/register.ts";
import { rememberEdition } from "./edition-cookie.ts";
import { ISLANDS, isIslandName } from "./registry.ts";

/*
 * The whole JavaScript of a reader page (Vite's client build, see vite.config.ts): counts the
 * read, then hydrates each island the server rendered, one task each and in slices, so that no
 * long task holds the reader's first taps (docs/architecture/093-islands-hydrate-in-slices.md).
 * Its stylesheets are the page's CSS.
 */

/** Marks its container once React has hydrated it (the end-to-end tests wait for this). */
function Hydrated({ container, children }: { container: HTMLElement; children?: ReactNode }) {
  useEffect(() => {
    container.dataset.hydrated = "";
  }, [container]);
  return children;
}

/** Ends the current task, so that the browser can paint and answer input before the next island. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Hydrates one island as a transition, which React renders in slices that yield to the browser
 * (https://react.dev/reference/react/startTransition) instead of one task that blocks input.
 */
function hydrateIsland(container: HTMLElement): void {
  const name = container.dataset.island;
  if (!isIslandName(name)) return;
  // The server wrote these props for this very component (Island.tsx).
  const props = JSON.parse(container.dataset.props ?? "{}") as object;
  const island = createElement(ISLANDS[name] as unknown as ComponentType<object>, props);
  startTransition(() => {
    hydrateRoot(container, createElement(Hydrated, { container }, island));
  });
}

sendViewBeacon(document);
rememberEdition(document);
registerOfflineReading(document);
void (async () => {
  // Each island starts in a task of its own, after the one that evaluated this script.
  for (const container of document.querySelectorAll<HTMLElement>("[data-island]")) {
    await nextTask();
    hydrateIsland(container);
  }
})();
