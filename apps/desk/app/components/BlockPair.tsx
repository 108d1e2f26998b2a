import type { ValidationError } from "@sahifa/domain/block-validation";
import type { BodyBlock } from "@sahifa/domain/blocks";
import type { GlossaryTerm } from "@sahifa/domain/glossary";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import { blockSlots, slotFieldName, type TextSlot } from "../editor/block-slots.ts";
import { GlossaryMarks } from "./GlossaryMarks.tsx";

function SlotLabel({ slot }: { slot: TextSlot }) {
  const { t } = useTranslation("desk");
  return (
    <span className="desk-slot-label">
      {t(`editor.slots.${slot.role}`)}
      {slot.marks?.length
        ? ` (${slot.marks.map((mark) => (mark === "bold" ? t("editor.marks.bold") : t("editor.marks.italic"))).join(", ")})`
        : ""}
      {slot.href ? (
        <>
          {" · "}
          <bdi dir="ltr">{t("editor.linkTo", { href: slot.href })}</bdi>
        </>
      ) : null}
    </span>
  );
}

/** The source block, read-only, in the source's language and direction. */
function SourceSide({
  block,
  locale,
  glossary,
}: {
  block: BodyBlock | undefined;
  locale: Locale;
  glossary: readonly GlossaryTerm[];
}) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[locale];
  const slots = block ? blockSlots(block) : [];
  return (
    <div className="desk-source" lang={config.hreflang} dir={config.dir}>
      {slots.length === 0 ? <p className="desk-no-text">{t("editor.noText")}</p> : null}
      {slots.map((slot) => (
        <div key={slot.path} className="desk-slot">
          <SlotLabel slot={slot} />
          <p className="desk-source-text">
            <GlossaryMarks text={slot.value} terms={glossary} locale={locale} />
          </p>
        </div>
      ))}
    </div>
  );
}

/**
 * One row of the side-by-side editor: a source block beside its target block, so the
 * translator reads and writes the same passage on one line ("aligned block by
 * block"). The target offers only the block's text slots: structure stays as in the source.
 */
export function BlockPair({
  index,
  source,
  target,
  sourceLocale,
  targetLocale,
  readOnly,
  errors,
  onSlotChange,
  glossary = [],
}: {
  index: number;
  source: BodyBlock | undefined;
  target: BodyBlock | undefined;
  sourceLocale: Locale;
  targetLocale: Locale;
  readOnly: boolean;
  errors: readonly ValidationError[];
  onSlotChange?: (index: number, path: string, value: string) => void;
  /** Glossary terms to mark in the source text. */
  glossary?: readonly GlossaryTerm[];
}) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[targetLocale];
  const slots = target ? blockSlots(target) : [];
  const placed = new Set<ValidationError>();
  const slotErrors = (path: string) =>
    errors.filter((error) => {
      const hit =
        error.field === path || path.startsWith(`${error.field}.`) || path.startsWith(`${error.field}[`);
      if (hit) placed.add(error);
      return hit;
    });
  const fields = slots.map((slot) => {
    const name = slotFieldName(index, slot.path);
    const own = slotErrors(slot.path);
    const props = {
      id: name,
      name,
      value: slot.value,
      readOnly,
      "aria-invalid": own.length > 0 ? true : undefined,
      onChange: (event: { currentTarget: { value: string } }) =>
        onSlotChange?.(index, slot.path, event.currentTarget.value),
    };
    return (
      <div key={slot.path} className="desk-slot">
        <label htmlFor={name}>
          <SlotLabel slot={slot} />
        </label>
        {slot.multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
        {own.map((error) => (
          <span key={error.message} className="desk-field-error">
            {error.message}
          </span>
        ))}
      </div>
    );
  });
  const rest = errors.filter((error) => !placed.has(error));
  return (
    <section className="desk-pair" data-block={index} aria-label={t("editor.block", { index: index + 1 })}>
      <h2 className="desk-pair-label">{t("editor.block", { index: index + 1 })}</h2>
      <SourceSide block={source} locale={sourceLocale} glossary={glossary} />
      <div className="desk-target" lang={config.hreflang} dir={config.dir} data-testid="target-block">
        {target && slots.length === 0 ? <p className="desk-no-text">{t("editor.noText")}</p> : null}
        {fields}
        {rest.map((error) => (
          <p key={`${error.field}:${error.message}`} className="desk-field-error">
            {t("validation.inBlock", {
              index: index + 1,
              field: error.field || error.blockType,
              message: error.message,
            })}
          </p>
        ))}
      </div>
    </section>
  );
}
