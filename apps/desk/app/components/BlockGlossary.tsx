import type { BodyBlock } from "@sahifa/domain/blocks";
import { blockText } from "@sahifa/domain/blocks";
import { checkGlossary, type GlossaryTerm, termsIn } from "@sahifa/domain/glossary";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";

/**
 * Beside one block: the glossary terms its source holds and, for each, whether the
 * translation on screen uses the approved rendering or a forbidden variant. It follows
 * the text as it is typed; submit runs the same check (@sahifa/domain/glossary).
 */
export function BlockGlossary({
  index,
  source,
  target,
  terms,
  sourceLocale,
  targetLocale,
}: {
  index: number;
  source: BodyBlock | undefined;
  target: BodyBlock | undefined;
  terms: readonly GlossaryTerm[];
  sourceLocale: Locale;
  targetLocale: Locale;
}) {
  const { t } = useTranslation("desk");
  if (!source || terms.length === 0) return null;
  const inBlock = termsIn(blockText(source), terms, sourceLocale);
  if (inBlock.length === 0) return null;
  const issues = target ? checkGlossary([source], [target], inBlock, { sourceLocale, targetLocale }) : [];
  const target_ = LOCALE_CONFIG[targetLocale];
  return (
    <aside
      className="desk-block-glossary"
      data-testid="block-glossary"
      data-block={index}
      data-warnings={issues.length}
      aria-label={t("glossary.inEditor.title")}
    >
      <ul>
        {inBlock.map((term) => {
          const own = issues.filter((issue) => issue.termId === term.id);
          const forbidden = own.find((issue) => issue.kind === "forbidden_variant");
          const missing = own.some((issue) => issue.kind === "missing_approved");
          return (
            <li key={term.id} data-term={term.id} data-ok={own.length === 0 ? "true" : "false"}>
              <bdi>{term.source}</bdi> →{" "}
              <bdi lang={target_.hreflang} dir={target_.dir}>
                {term.approved}
              </bdi>
              {own.length === 0 ? (
                <span className="desk-glossary-ok"> ✓ {t("glossary.inEditor.approved")}</span>
              ) : null}
              {forbidden ? (
                <span className="desk-field-error" role="note">
                  {" "}
                  {t("glossary.inEditor.forbidden", { found: forbidden.found, approved: term.approved })}
                </span>
              ) : null}
              {missing && !forbidden ? (
                <span className="desk-field-error" role="note">
                  {" "}
                  {t("glossary.inEditor.missing", { approved: term.approved })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
