import { redirect } from "react-router";
import { negotiateDeskLocale } from "../locale-negotiation.ts";
import type { Route } from "./+types/home";

/**
 * `/` opens the desk in the language the browser asks for. 302 (not 301) because the answer
 * depends on the request; Vary says so to any cache on the way.
 */
export function loader({ request }: Route.LoaderArgs) {
  return redirect(`/${negotiateDeskLocale(request.headers.get("accept-language"))}`, {
    status: 302,
    headers: { Vary: "Accept-Language" },
  });
}
