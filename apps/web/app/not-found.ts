import type { Locale } from "@sahifa/domain/locales";
import { data } from "react-router";
import type { TranslationLink } from "./model/article.ts";

/** Why a page of an edition is missing; the error page words itself accordingly. */
export type NotFoundReason =
  | { kind: "notFound" }
  | { kind: "notInEdition"; locale: Locale; translations: TranslationLink[] };

/** Throw from a loader: the response is a real 404 with the edition's header and footer around it. */
export function notFound(reason: NotFoundReason = { kind: "notFound" }) {
  return data(reason, { status: 404, headers: { "Cache-Control": "public, max-age=60" } });
}
