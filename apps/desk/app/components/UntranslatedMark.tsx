import type { Locale } from "@sahifa/domain/locales";
import type { UntranslatedReason } from "@sahifa/domain/untranslated";
import { useTranslation } from "react-i18next";

/**
 * Beside one block while it is typed: the block still looks untranslated, by the same rule
 * submit and publish apply (@sahifa/domain/untranslated), so the note they ask for is no surprise.
 */
export function UntranslatedMark({
  index,
  reason,
  targetLocale,
}: {
  index: number;
  reason: UntranslatedReason | undefined;
  targetLocale: Locale;
}) {
  const { t } = useTranslation("desk");
  if (!reason) return null;
  return (
    <p
      className="desk-field-error desk-untranslated"
      role="note"
      data-testid="block-untranslated"
      data-block={index}
      data-reason={reason}
    >
      {reason === "same_as_source"
        ? t("textChecks.sameAsSource")
        : t("textChecks.wrongScript", { language: t(`textChecks.languages.${targetLocale}`) })}
    </p>
  );
}

/** The one-line warning beside the workflow buttons, when any block still looks untranslated. */
export function UntranslatedWarning({ count }: { count: number }) {
  const { t } = useTranslation("desk");
  if (count === 0) return null;
  return (
    <p className="desk-notice" role="status" data-testid="untranslated-warning" data-count={count}>
      {t("textChecks.inEditor", { count })}
    </p>
  );
}
