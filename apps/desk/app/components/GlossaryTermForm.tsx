import type { ValidationError } from "@sahifa/domain/block-validation";
import { GLOSSARY_TERM_KINDS, type GlossaryTerm } from "@sahifa/domain/glossary";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";

export interface GlossaryFormValues {
  id: string;
  kind: string;
  source: string;
  approved: string;
  forbidden: string;
  note: string;
}

export function formValuesOf(term: GlossaryTerm | null): GlossaryFormValues {
  return {
    id: term ? String(term.id) : "",
    kind: term?.kind ?? "other",
    source: term?.source ?? "",
    approved: term?.approved ?? "",
    forbidden: term?.forbidden.join("\n") ?? "",
    note: term?.note ?? "",
  };
}

function FieldErrors({ errors, field }: { errors: readonly ValidationError[]; field: string }) {
  const own = errors.filter((error) => error.field === field);
  return (
    <>
      {own.map((error) => (
        <span key={error.message} className="desk-field-error" data-field-error={field}>
          {error.message}
        </span>
      ))}
    </>
  );
}

/**
 * Adds a term to a pair's glossary or changes one: a plain form (the page's action saves
 * it), each field in the language and direction it is written in, refusals shown on their
 * field with the text typed kept.
 */
export function GlossaryTermForm({
  pair,
  values,
  errors,
  cancelUrl,
}: {
  pair: { sourceLocale: Locale; targetLocale: Locale };
  values: GlossaryFormValues;
  errors: readonly ValidationError[];
  cancelUrl: string | null;
}) {
  const { t } = useTranslation("desk");
  const source = LOCALE_CONFIG[pair.sourceLocale];
  const target = LOCALE_CONFIG[pair.targetLocale];
  const invalid = (field: string) => (errors.some((error) => error.field === field) ? true : undefined);
  return (
    <form method="post" className="desk-glossary-form" data-testid="glossary-form">
      <h2>{values.id ? t("glossary.editing", { source: values.source }) : t("glossary.add")}</h2>
      <input type="hidden" name="intent" value="save" />
      <input type="hidden" name="id" value={values.id} />
      <label>
        {t("glossary.columns.source")} ({source.nativeName})
        <input
          name="source"
          defaultValue={values.source}
          required
          lang={source.hreflang}
          dir={source.dir}
          aria-invalid={invalid("source")}
        />
        <FieldErrors errors={errors} field="source" />
      </label>
      <label>
        {t("glossary.columns.approved")} ({target.nativeName})
        <input
          name="approved"
          defaultValue={values.approved}
          required
          lang={target.hreflang}
          dir={target.dir}
          aria-invalid={invalid("approved")}
        />
        <FieldErrors errors={errors} field="approved" />
      </label>
      <label>
        {t("glossary.columns.kind")}
        <select name="kind" defaultValue={values.kind} aria-invalid={invalid("kind")}>
          {GLOSSARY_TERM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`glossary.kinds.${kind}`)}
            </option>
          ))}
        </select>
        <FieldErrors errors={errors} field="kind" />
      </label>
      <label>
        {t("glossary.columns.forbidden")} ({target.nativeName})
        <textarea
          name="forbidden"
          rows={3}
          defaultValue={values.forbidden}
          lang={target.hreflang}
          dir={target.dir}
          aria-invalid={invalid("forbidden")}
          aria-describedby="glossary-forbidden-hint"
        />
        <span id="glossary-forbidden-hint" className="desk-hint">
          {t("glossary.forbiddenHint")}
        </span>
        <FieldErrors errors={errors} field="forbidden" />
      </label>
      <label>
        {t("glossary.columns.note")}
        <textarea name="note" rows={2} defaultValue={values.note} dir="auto" aria-invalid={invalid("note")} />
        <FieldErrors errors={errors} field="note" />
      </label>
      <div className="desk-save-bar">
        <button type="submit" className="desk-button">
          {t("glossary.save")}
        </button>
        {cancelUrl ? <a href={cancelUrl}>{t("glossary.cancel")}</a> : null}
      </div>
    </form>
  );
}
