import type { ValidationError } from "@sahifa/domain/block-validation";
import type { InlineRun } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { type FocusRequest, RichTextField } from "./RichTextField.tsx";

/**
 * A block's rich text (a paragraph, a list item) as one labelled field with its errors under
 * it: every problem of the runs (`content[2].href`) belongs to this one field.
 */
export function ParagraphField({
  label,
  runs,
  locale,
  readOnly,
  errors,
  onChange,
  testId = "paragraph-field",
  onSplit,
  onJoinBackward,
  focus,
}: {
  label: string;
  runs: readonly InlineRun[];
  locale: Locale;
  readOnly: boolean;
  errors: readonly ValidationError[];
  onChange: (runs: InlineRun[]) => void;
  testId?: string;
  onSplit?: (before: InlineRun[], after: InlineRun[]) => void;
  onJoinBackward?: () => boolean;
  focus?: FocusRequest | null;
}) {
  const config = LOCALE_CONFIG[locale];
  return (
    <div className="desk-slot desk-slot-rich">
      <span className="desk-slot-label">{label}</span>
      <RichTextField
        label={label}
        value={runs}
        lang={config.hreflang}
        dir={config.dir}
        readOnly={readOnly}
        invalid={errors.length > 0}
        onChange={onChange}
        testId={testId}
        {...(onSplit ? { onSplit } : {})}
        {...(onJoinBackward ? { onJoinBackward } : {})}
        focus={focus ?? null}
      />
      {errors.map((error) => (
        <span key={`${error.field}:${error.message}`} className="desk-field-error">
          {error.message}
        </span>
      ))}
    </div>
  );
}
