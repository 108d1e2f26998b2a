import type { ValidationError } from "@sahifa/domain/block-validation";
import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import { blockSlots, slotFieldName, type TextSlot } from "../editor/block-slots.ts";
import { ParagraphField } from "../editor/rich-text/ParagraphField.tsx";

export function SlotLabel({ slot }: { slot: TextSlot }) {
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

/**
 * The text fields of one block, each with its errors: one field per text slot, or (once
 * hydrated, with `onBlockChange`) one rich-text field for a paragraph. Errors that name no
 * field of the block are listed under them. Used by the translation and the original editor.
 */
export function BlockTextFields({
  index,
  target,
  targetLocale,
  readOnly,
  errors,
  onSlotChange,
  onBlockChange,
}: {
  index: number;
  target: BodyBlock | undefined;
  targetLocale: Locale;
  readOnly: boolean;
  errors: readonly ValidationError[];
  onSlotChange?: (index: number, path: string, value: string) => void;
  /** Once hydrated: a paragraph is one rich-text field that replaces the block's runs. */
  onBlockChange?: ((index: number, block: BodyBlock) => void) | undefined;
}) {
  const { t } = useTranslation("desk");
  const slots = target ? blockSlots(target) : [];
  const placed = new Set<ValidationError>();
  const slotErrors = (path: string) =>
    errors.filter((error) => {
      const hit =
        error.field === path || path.startsWith(`${error.field}.`) || path.startsWith(`${error.field}[`);
      if (hit) placed.add(error);
      return hit;
    });
  const paragraph = onBlockChange && target?.type === "paragraph" ? target : null;
  const fields = paragraph
    ? [
        <ParagraphField
          key="content"
          label={t("editor.slots.text")}
          runs={paragraph.content}
          locale={targetLocale}
          readOnly={readOnly}
          errors={errors.filter((error) => {
            const hit = error.field.startsWith("content");
            if (hit) placed.add(error);
            return hit;
          })}
          onChange={(content) => onBlockChange?.(index, { ...paragraph, content })}
        />,
      ]
    : slots.map((slot) => {
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
    <>
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
    </>
  );
}
