import type { Pickers } from "../editor/article-facts.ts";

/**
 * Picks an image of the media library: a select named by each image's alt text, with the
 * chosen one shown beside it. `name` makes it a form field (the facts forms post it).
 */
export function MediaSelect({
  id,
  name,
  media,
  value,
  noneLabel,
  onChange,
}: {
  id: string;
  name?: string;
  media: Pickers["media"];
  value: number | null;
  /** When given, "no image" is a choice. */
  noneLabel?: string;
  onChange?: (mediaId: number | null) => void;
}) {
  const chosen = media.find((item) => item.id === value);
  // An image that is not on the library's first page still stays chosen.
  const options =
    chosen || value === null ? media : [...media, { id: value, url: null, alt: "", missingAltLocales: [] }];
  return (
    <span className="desk-media-select">
      <select
        id={id}
        name={name}
        value={value ?? ""}
        onChange={(event) => {
          const next = Number.parseInt(event.currentTarget.value, 10);
          onChange?.(Number.isSafeInteger(next) ? next : null);
        }}
      >
        {noneLabel !== undefined ? <option value="">{noneLabel}</option> : null}
        {options.map((item) => (
          <option key={item.id} value={item.id}>
            {`#${item.id}${item.alt ? ` · ${item.alt}` : ""}`}
          </option>
        ))}
      </select>
      {chosen?.url ? (
        <img className="desk-media-thumb" src={chosen.url} alt={chosen.alt} width={120} loading="lazy" />
      ) : null}
    </span>
  );
}
