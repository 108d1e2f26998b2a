import type { Locale } from "@sahifa/domain/locales";
import { formatTime } from "@sahifa/i18n/format";
import { useTranslation } from "react-i18next";
import type { SaveState } from "../editor/autosave.ts";

/** Says where the text stands, politely announced to screen readers. */
export function SaveStatus({ ui, state, savedAt }: { ui: Locale; state: SaveState; savedAt: string | null }) {
  const { t } = useTranslation("desk");
  let text = "";
  if (state === "dirty") text = t("save.unsavedChanges");
  else if (state === "saving") text = t("save.autosaving");
  else if (state === "failed") text = t("save.autosaveFailed");
  else if (state === "saved")
    text = savedAt ? t("save.savedAt", { time: formatTime(savedAt, ui) }) : t("save.saved");
  return (
    <output
      className={`desk-save-status desk-save-${state}`}
      aria-live="polite"
      data-state={state}
      data-testid="save-status"
    >
      {text}
    </output>
  );
}
