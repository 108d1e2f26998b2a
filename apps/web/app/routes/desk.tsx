import "../desk/desk.css";
import { I18nextProvider } from "react-i18next";
import { Outlet } from "react-router";
import { DeskHeader } from "../desk/DeskHeader.tsx";
import { me } from "../desk/desk-api.server.ts";
import { DESK_HEADERS, deskLocale } from "../desk/desk-guard.server.ts";
import { deskBundle } from "../desk/desk-i18n.server.ts";
import { deskI18nFromBundle } from "../desk/desk-i18n.ts";
import { readSessionToken } from "../desk/desk-session.server.ts";
import { revalidateUnlessAutosave } from "../desk/draft-form.ts";
import type { RouteHandle } from "../hydration.ts";
import type { Route } from "./+types/desk";

/**
 * The desk's frame: its own header (no reader chrome), its strings, its stylesheet.
 * Pages below check the session themselves (loaders run in parallel); this loader only
 * says who is signed in, for the header and for the buttons each page offers.
 */
export async function loader({ params, request, url }: Route.LoaderArgs) {
  const ui = deskLocale(params.locale);
  const token = await readSessionToken(request);
  const user = token ? await me(token) : null;
  return {
    ui,
    user,
    strings: deskBundle(ui),
    // The same page in another UI language: the path after the language prefix.
    path: `${url.pathname.slice(ui.length + 1)}${url.search}`,
  };
}

export const shouldRevalidate = revalidateUnlessAutosave;

/** The desk is an app in the browser (autosave, conflict screen): React Router hydrates it whole. */
export const handle: RouteHandle = { hydrate: true };

export function headers() {
  return DESK_HEADERS;
}

export function meta() {
  return [{ name: "robots", content: "noindex, nofollow" }];
}

export default function Desk({ loaderData }: Route.ComponentProps) {
  const { ui, user, strings, path } = loaderData;
  return (
    <I18nextProvider i18n={deskI18nFromBundle(ui, strings)}>
      <div className="desk">
        <DeskHeader ui={ui} user={user} path={path} />
        <main id="main">
          <Outlet />
        </main>
      </div>
    </I18nextProvider>
  );
}
