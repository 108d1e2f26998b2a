import type { GlossaryPair } from "@sahifa/domain/glossary";
import { isLocale, LOCALE_CONFIG } from "@sahifa/domain/locales";
import { ALL_LANGUAGE_PAIRS, can } from "@sahifa/domain/permissions";
import { useTranslation } from "react-i18next";
import { data } from "react-router";
import type { DeskCaller } from "../api/client.server.ts";
import {
  deleteGlossaryTerm,
  type GlossaryOutcome,
  importGlossary,
  loadGlossary,
  saveGlossaryTerm,
} from "../api/glossary-api.server.ts";
import { GlossaryImportForm, MAX_GLOSSARY_UPLOAD_KB } from "../components/GlossaryImportForm.tsx";
import { formValuesOf, GlossaryTermForm } from "../components/GlossaryTermForm.tsx";
import { deskUrls } from "../desk-urls.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/glossary";

/**
 * A language pair's glossary: every desk user reads it; the target edition's editors add,
 * change, delete and import terms (docs/architecture/075-glossary.md).
 */

function pairFrom(url: URL, user: Parameters<typeof can>[0]): GlossaryPair {
  const from = url.searchParams.get("from");
  const to = url.searchParams.get("to");
  if (isLocale(from) && isLocale(to) && from !== to) return { sourceLocale: from, targetLocale: to };
  // A translator starts on their own pair; an editor on a pair into their edition.
  const first =
    user.languagePairs?.[0] ??
    ALL_LANGUAGE_PAIRS.find((pair) => can(user, "editGlossary", pair.target)) ??
    ALL_LANGUAGE_PAIRS[0];
  return { sourceLocale: first?.source ?? "en", targetLocale: first?.target ?? "ar" };
}

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const pair = pairFrom(url, session.user);
  const search = url.searchParams.get("q")?.trim() || null;
  const terms = await loadGlossary(session, pair, search);
  const editId = Number(url.searchParams.get("edit"));
  const editing = terms.find((term) => term.id === editId) ?? null;
  return data({
    ui: session.ui,
    pair,
    search,
    terms,
    editing,
    canEdit: can(session.user, "editGlossary", pair.targetLocale),
    title: deskI18nFor(session.ui).t("desk:glossary.title"),
  });
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

async function importFile(form: FormData, caller: DeskCaller, pair: GlossaryPair): Promise<GlossaryOutcome> {
  const file = form.get("file");
  const words = deskI18nFor(caller.ui);
  if (!(file instanceof File) || file.size === 0) {
    return { kind: "fileRefused", message: words.t("desk:glossary.import.noFile") };
  }
  if (file.size > MAX_GLOSSARY_UPLOAD_KB * 1024) {
    return {
      kind: "fileRefused",
      message: words.t("desk:glossary.import.tooLarge", { max: MAX_GLOSSARY_UPLOAD_KB }),
    };
  }
  const content = await file.text();
  const asked = text(form, "format");
  const format =
    asked === "CSV" || asked === "TBX"
      ? asked
      : /\.(tbx|xml)$/i.test(file.name) || content.trimStart().startsWith("<")
        ? "TBX"
        : "CSV";
  return importGlossary(caller, pair, format, content);
}

export async function action({ params, request, url }: Route.ActionArgs): Promise<GlossaryOutcome> {
  const session = await requireDeskSession({ request, url }, params.locale);
  const pair = pairFrom(url, session.user);
  const form = await request.formData();
  const intent = text(form, "intent");
  if (intent === "delete") {
    const id = Number(text(form, "id"));
    if (!Number.isSafeInteger(id) || id <= 0) return { kind: "notFound" };
    return deleteGlossaryTerm(session, pair, id);
  }
  if (intent === "import") return importFile(form, session, pair);
  return saveGlossaryTerm(session, pair, {
    id: text(form, "id"),
    kind: text(form, "kind"),
    source: text(form, "source"),
    approved: text(form, "approved"),
    forbidden: text(form, "forbidden"),
    note: text(form, "note"),
  });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

function Notice({ outcome }: { outcome: GlossaryOutcome | undefined }) {
  const { t } = useTranslation("desk");
  if (!outcome) return null;
  let message: string | null = null;
  if (outcome.kind === "saved") message = t("glossary.saved", { source: outcome.source });
  else if (outcome.kind === "deleted") message = t("glossary.deleted");
  else if (outcome.kind === "forbidden") message = t("glossary.readOnly");
  else if (outcome.kind === "notFound") message = t("notFound");
  else if (outcome.kind === "sessionExpired") message = t("sessionExpired");
  else if (outcome.kind === "failed") message = outcome.message;
  return message ? (
    <p className="desk-notice" role="status" data-testid="glossary-notice">
      {message}
    </p>
  ) : null;
}

export default function GlossaryPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("desk");
  const { ui, pair, search, terms, editing, canEdit } = loaderData;
  const source = LOCALE_CONFIG[pair.sourceLocale];
  const target = LOCALE_CONFIG[pair.targetLocale];
  const refused = actionData?.kind === "invalid" ? actionData : null;
  const report = actionData?.kind === "imported" || actionData?.kind === "fileRefused" ? actionData : null;
  return (
    <section aria-labelledby="glossary-title" className="desk-glossary">
      <h1 id="glossary-title">{t("glossary.title")}</h1>
      <form method="get" className="desk-filters">
        <label>
          {t("queue.columns.source")}
          <select name="from" defaultValue={pair.sourceLocale}>
            {(["en", "ar", "es"] as const).map((locale) => (
              <option key={locale} value={locale}>
                {LOCALE_CONFIG[locale].nativeName}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("queue.columns.target")}
          <select name="to" defaultValue={pair.targetLocale}>
            {(["en", "ar", "es"] as const).map((locale) => (
              <option key={locale} value={locale}>
                {LOCALE_CONFIG[locale].nativeName}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("glossary.search")}
          <input type="search" name="q" defaultValue={search ?? ""} dir="auto" />
        </label>
        <button type="submit" className="desk-button">
          {t("glossary.show")}
        </button>
      </form>
      <Notice outcome={actionData} />
      <p>{t("glossary.count", { count: terms.length })}</p>
      {terms.length === 0 ? (
        <p className="desk-empty">{t("glossary.empty")}</p>
      ) : (
        <table className="desk-table" data-testid="glossary-table">
          <thead>
            <tr>
              <th scope="col">{t("glossary.columns.source")}</th>
              <th scope="col">{t("glossary.columns.approved")}</th>
              <th scope="col">{t("glossary.columns.forbidden")}</th>
              <th scope="col">{t("glossary.columns.kind")}</th>
              <th scope="col">{t("glossary.columns.note")}</th>
              {canEdit ? <td /> : null}
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id} data-term={term.id}>
                <td lang={source.hreflang} dir={source.dir}>
                  {term.source}
                </td>
                <td lang={target.hreflang} dir={target.dir}>
                  {term.approved}
                </td>
                <td lang={target.hreflang} dir={target.dir}>
                  {term.forbidden.join(" · ")}
                </td>
                <td>{t(`glossary.kinds.${term.kind}`)}</td>
                <td dir="auto">{term.note}</td>
                {canEdit ? (
                  <td>
                    <a href={deskUrls.glossary(ui, pair, term.id)}>{t("glossary.edit")}</a>
                    <form
                      method="post"
                      onSubmit={(event) => {
                        if (!window.confirm(t("glossary.confirmDelete"))) event.preventDefault();
                      }}
                    >
                      <input type="hidden" name="intent" value="delete" />
                      <input type="hidden" name="id" value={term.id} />
                      <button type="submit" className="desk-button desk-button-quiet">
                        {t("glossary.delete")}
                      </button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit ? (
        <>
          <GlossaryTermForm
            // A new form after each save: the fields start empty (or with the term being edited).
            key={`${editing?.id ?? "new"}:${actionData?.kind === "saved" ? actionData.source : ""}`}
            pair={pair}
            values={refused ? refused.values : formValuesOf(editing)}
            errors={refused ? refused.errors : []}
            cancelUrl={editing || refused ? deskUrls.glossary(ui, pair) : null}
          />
          <GlossaryImportForm report={report} />
        </>
      ) : (
        <p className="desk-hint">{t("glossary.readOnly")}</p>
      )}
    </section>
  );
}
