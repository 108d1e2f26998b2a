import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";

/** A labelled choice of editions, each named in its own language. */
export function EditionSelect({
  label,
  name,
  editions,
  value,
}: {
  label: string;
  name: string;
  editions: readonly Locale[];
  value: Locale | undefined;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        {editions.map((code) => (
          <option key={code} value={code} lang={LOCALE_CONFIG[code].hreflang}>
            {LOCALE_CONFIG[code].nativeName}
          </option>
        ))}
      </select>
    </label>
  );
}
