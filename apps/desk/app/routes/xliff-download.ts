import { data } from "react-router";
import { exportXliff, xliffFileResponse } from "../api/xliff-api.server.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { deskTarget, requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/xliff-download";

/** One translation's XLIFF file (`?version=2.1|1.2`) as a download: a resource route, no page. */
export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  const version = url.searchParams.get("version") === "1.2" ? "V1_2" : "V2_1";
  const file = await exportXliff(session, [{ articleId, locale: target }], version);
  if (!file) throw data(deskI18nFor(session.ui).t("desk:xliff.exportFailed"), { status: 404 });
  return xliffFileResponse(file);
}
