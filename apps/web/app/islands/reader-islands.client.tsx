import "@fontsource-variable/noto-naskh-arabic/wght.css";
import "../styles/arabic-edition-font.css";
import "@fontsource-variable/source-serif-4/wght.css";
import "../styles/site.css";
import { type ComponentType, createElement, type ReactNode, useEffect } from "react";
import { hydrateRoot } from "react-dom/client";
import { sendViewBeacon } from "../live/ViewBeacon.tsx";
import { registerOfflineReading } from "../offline/register.ts";
import { rememberEdition } from "./edition-cookie.ts";
import { ISLANDS, isIslandName } from "./registry.ts";

/*
 * The whole JavaScript of a reader page (Vite's client build, see vite.config.ts): hydrates
 * each island the server rendered, then counts the read. Its stylesheets are the page's CSS.
 */

/** Marks its container once React has hydrated it (the end-to-end tests wait for this). */
function Hydrated({ container, children }: { container: HTMLElement; children?: ReactNode }) {
  useEffect(() => {
    container.dataset.hydrated = "";
  }, [container]);
  return children;
}

for (const container of document.querySelectorAll<HTMLElement>("[data-island]")) {
  const name = container.dataset.island;
  if (!isIslandName(name)) continue;
  // The server wrote these props for this very component (Island.tsx).
  const props = JSON.parse(container.dataset.props ?? "{}") as object;
  const island = createElement(ISLANDS[name] as unknown as ComponentType<object>, props);
  hydrateRoot(container, createElement(Hydrated, { container }, island));
}
sendViewBeacon(document);
rememberEdition(document);
registerOfflineReading(document);
