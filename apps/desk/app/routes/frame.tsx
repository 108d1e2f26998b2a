import { Outlet } from "react-router";
import { me } from "../api/desk-api.server.ts";
import { DeskHeader } from "../components/DeskHeader.tsx";
import { revalidateUnlessAutosave } from "../editor/draft-form.ts";
import { deskLocale } from "../session/desk-guard.server.ts";
import { readSessionToken } from "../session/desk-session.server.ts";
import type { Route } from "./+types/frame";

/**
 * The desk's frame in one UI language: its header and the page. Pages below check the
 * session themselves (loaders run in parallel); this loader only says who is signed in,
 * for the header and for the buttons each page offers.
 */
export async function loader({ params, request, url }: Route.LoaderArgs) {
  const ui = deskLocale(params.locale);
  const token = readSessionToken(request);
  const user = token ? await me({ token, ui }) : null;
  return {
    ui,
    user,
    // The same page in another UI language: the path after the language prefix.
    path: `${url.pathname.slice(ui.length + 1)}${url.search}`,
  };
}

export const shouldRevalidate = revalidateUnlessAutosave;

export default function Frame({ loaderData }: Route.ComponentProps) {
  const { ui, user, path } = loaderData;
  return (
    <div className="desk">
      <DeskHeader ui={ui} user={user} path={path} />
      <main id="main">
        <Outlet />
      </main>
    </div>
  );
}
