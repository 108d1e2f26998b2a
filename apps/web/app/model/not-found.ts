import type { Locale } from "@sahifa/domain/locales";
import type { TranslationLink } from "./article.ts";

/** Why a page of an edition is missing; the error page words itself accordingly. */
export type NotFoundReason =
  | { kind: "notFound" }
  | { kind: "notInEdition"; locale: Locale; translations: TranslationLink[] };
