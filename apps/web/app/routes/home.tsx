import { negotiateLocale } from "@sahifa/domain/locales";
import { redirect } from "react-router";
import type { Route } from "./+types/home";

/**
 * `/` sends the reader to the edition their browser asks for. 302 (not 301) because the
 * answer depends on the request; Vary tells caches it does.
 */
export function loader({ request }: Route.LoaderArgs) {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  return redirect(`/${locale}`, {
    status: 302,
    headers: { Vary: "Accept-Language", "Cache-Control": "private, max-age=0" },
  });
}
