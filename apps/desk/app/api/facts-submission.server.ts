import type { ValidationError } from "@sahifa/domain/block-validation";
import type { Locale } from "@sahifa/domain/locales";
import {
  type ArticleFacts,
  existingTagFor,
  type NewTag,
  type Pickers,
  readFactsForm,
} from "../editor/article-facts.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import type { DeskCaller } from "./client.server.ts";
import { type FactsOutcome, uploadImage } from "./originals-api.server.ts";

/** A refused facts form: the editor's values (with any image already uploaded chosen) and the reasons. */
export interface FactsRefusal {
  ok: false;
  facts: ArticleFacts;
  newTags: string;
  errors: Partial<Record<string, string>>;
  /** Set when the API answered without naming a field (forbidden, session ended…). */
  notice: string | null;
}

/** Where an API problem shows on the facts form: `newTags[1].label` belongs to the new-tags field. */
function formField(problem: ValidationError): string {
  const match = /^[A-Za-z]+/.exec(problem.field);
  return match?.[0] ?? "form";
}

/**
 * The work both facts forms share: read the facts, stop a tag spelled like an existing one,
 * upload a chosen file to the media library (alt text required, the API checks the bytes),
 * then `write` them. Whatever is refused comes back with everything the editor typed.
 */
export async function submitFacts(
  session: DeskCaller,
  form: FormData,
  pickers: Pickers,
  locale: Locale,
  write: (facts: ArticleFacts, newTags: NewTag[]) => Promise<FactsOutcome>,
): Promise<{ ok: true; articleId: number } | FactsRefusal> {
  const t = deskI18nFor(session.ui).getFixedT(session.ui, "desk");
  const { facts, newTags } = readFactsForm(form);
  const typedTags = typeof form.get("newTags") === "string" ? String(form.get("newTags")) : "";
  const refuse = (errors: FactsRefusal["errors"], notice: string | null = null): FactsRefusal => ({
    ok: false,
    facts,
    newTags: typedTags,
    errors,
    notice,
  });

  for (const typed of newTags) {
    const existing = existingTagFor(typed, pickers.tags);
    if (existing)
      return refuse({ newTags: t("compose.tagExists", { typed: typed.label, existing: existing.label }) });
  }

  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    const alt = String(form.get("alt") ?? "").trim();
    if (!alt) return refuse({ alt: t("compose.altRequired") });
    const uploaded = await uploadImage(session, {
      file,
      locale,
      alt,
      caption: String(form.get("caption") ?? "").trim(),
      credit: String(form.get("credit") ?? "").trim(),
    });
    if (uploaded.kind === "sessionExpired") return refuse({}, t("sessionExpired"));
    if (uploaded.kind === "refused") return refuse({ [uploaded.field]: uploaded.message });
    facts.leadMediaId = uploaded.mediaId;
  }

  const outcome = await write(facts, newTags);
  if (outcome.kind === "done") return { ok: true, articleId: outcome.articleId };
  if (outcome.kind === "invalid") {
    const errors: FactsRefusal["errors"] = {};
    for (const problem of outcome.errors) {
      const field = formField(problem);
      errors[field] ??=
        field === "newTags"
          ? t("compose.tagRefused", {
              typed: newTags[Number(/\[(\d+)\]/.exec(problem.field)?.[1] ?? 0)]?.label ?? "",
              message: problem.message,
            })
          : problem.message;
    }
    return refuse(errors);
  }
  if (outcome.kind === "sessionExpired") return refuse({}, t("sessionExpired"));
  if (outcome.kind === "forbidden") return refuse({}, t("forbidden"));
  if (outcome.kind === "notFound") return refuse({}, t("notFound"));
  return refuse({}, outcome.message);
}
