import type { ValidationError } from "@sahifa/domain/block-validation";
import type { BodyBlock } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import { blockSlots } from "../editor/block-slots.ts";
import { BlockTextFields, SlotLabel } from "./BlockTextFields.tsx";

/** The source block, read-only, in the source's language and direction. */
function SourceSide({ block, locale }: { block: BodyBlock | undefined; locale: Locale }) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[locale];
  const slots = block ? blockSlots(block) : [];
  return (
    <div className="desk-source" lang={config.hreflang} dir={config.dir}>
      {slots.length === 0 ? <p className="desk-no-text">{t("editor.noText")}</p> : null}
      {slots.map((slot) => (
        <div key={slot.path} className="desk-slot">
          <SlotLabel slot={slot} />
          <p className="desk-source-text">{slot.value}</p>
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
  onBlockChange,
}: {
  index: number;
  source: BodyBlock | undefined;
  target: BodyBlock | undefined;
  sourceLocale: Locale;
  targetLocale: Locale;
  readOnly: boolean;
  errors: readonly ValidationError[];
  onSlotChange?: (index: number, path: string, value: string) => void;
  /** Once hydrated: a paragraph is one rich-text field that replaces the block's runs. */
  onBlockChange?: ((index: number, block: BodyBlock) => void) | undefined;
}) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[targetLocale];
  return (
    <section className="desk-pair" data-block={index} aria-label={t("editor.block", { index: index + 1 })}>
      <h2 className="desk-pair-label">{t("editor.block", { index: index + 1 })}</h2>
      <SourceSide block={source} locale={sourceLocale} />
      <div className="desk-target" lang={config.hreflang} dir={config.dir} data-testid="target-block">
        <BlockTextFields
          index={index}
          target={target}
          targetLocale={targetLocale}
          readOnly={readOnly}
          errors={errors}
          {...(onSlotChange ? { onSlotChange } : {})}
          onBlockChange={onBlockChange}
        />
      </div>
    </section>
  );
}
