import { isLocale, type Locale } from "@sahifa/domain/locales";
import { data } from "react-router";
import { exportXliff, xliffFileResponse } from "../api/xliff-api.server.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/xliff-selection";

/** The API takes at most this many translations per document. */
const MAX_SELECTION = 50;

/** A selection from the queue (`item=<articleId>:<locale>`) as one XLIFF document of one language pair. */
export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const words = deskI18nFor(session.ui);
  const items = url.searchParams.getAll("item").flatMap((value) => {
    const [id = "", locale = ""] = value.split(":");
    const articleId = Number(id);
    return Number.isSafeInteger(articleId) && articleId > 0 && isLocale(locale)
      ? [{ articleId, locale: locale as Locale }]
      : [];
  });
  if (items.length === 0 || items.length > MAX_SELECTION) {
    throw data(words.t("desk:xliff.exportFailed"), { status: 400 });
  }
  const version = url.searchParams.get("version") === "1.2" ? "V1_2" : "V2_1";
  const file = await exportXliff(session, items, version);
  if (!file) throw data(words.t("desk:xliff.exportFailed"), { status: 404 });
  return xliffFileResponse(file);
}
