import type { Locale } from "@sahifa/domain/locales";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createRoutesStub } from "react-router";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";

/**
 * Server-renders a desk component inside a router (fetchers and forms need one) and the
 * desk's i18n, and returns the markup parsed enough for assertions: what a browser
 * without JavaScript receives.
 */
export function renderDesk(ui: Locale, element: ReactNode, path = `/${ui}`): string {
  // A fresh stub per render is the point: each test renders its own element once.
  // biome-ignore lint/correctness/noComponentHookFactories: test helper, rendered once to a string
  const Stub = createRoutesStub([{ path, Component: () => <>{element}</> }]);
  return renderToStaticMarkup(
    <I18nextProvider i18n={deskI18nFor(ui)}>
      <Stub initialEntries={[path]} />
    </I18nextProvider>,
  );
}

/** Every opening tag matching `selector`-like attribute text, e.g. `name="title"`. */
export function tagsWith(html: string, attribute: string): string[] {
  return [...html.matchAll(/<[a-z]+\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => tag.includes(attribute));
}
