import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Option } from "../editor/article-facts.ts";
import { moveItem } from "../editor/ordering.ts";

/**
 * The byline: the chosen authors in the order readers see them, each moved up or down or
 * removed with buttons (reachable by keyboard; the cursor stays on the author it moved),
 * then the other authors to add. Every chosen author is a checked `authorSlugs` box in that
 * order, so the form posts the order as shown, with or without JavaScript.
 */
export function BylineFields({
  authors,
  chosen: initial,
  error,
}: {
  authors: readonly Option[];
  chosen: readonly string[];
  error: string | undefined;
}) {
  const { t } = useTranslation("desk");
  const [chosen, setChosen] = useState<string[]>([...initial]);
  const [announcement, setAnnouncement] = useState("");
  // After a move, the button to give the cursor back to: `${slug}:up` or `${slug}:down`.
  const [refocus, setRefocus] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const label = (slug: string) => authors.find((author) => author.value === slug)?.label ?? slug;

  useEffect(() => {
    if (refocus) buttons.current.get(refocus)?.focus();
  }, [refocus]);

  function move(index: number, delta: -1 | 1) {
    const slug = chosen[index];
    if (slug === undefined) return;
    const next = moveItem(chosen, index, delta);
    const to = next.indexOf(slug);
    setChosen(next);
    // At either end the button pressed turns off: the cursor goes to the other one.
    const atEdge = delta === -1 ? to === 0 : to === next.length - 1;
    setRefocus(`${slug}:${atEdge ? (delta === -1 ? "down" : "up") : delta === -1 ? "up" : "down"}`);
    setAnnouncement(t("byline.moved", { name: label(slug), position: to + 1, count: next.length }));
  }

  const others = authors.filter((author) => !chosen.includes(author.value));
  return (
    <fieldset className="desk-field desk-byline" data-testid="byline">
      <legend>{t("editor.fields.authors")}</legend>
      {chosen.length === 0 ? <p className="desk-hint">{t("byline.empty")}</p> : null}
      <ol className="desk-byline-list" aria-label={t("byline.order")}>
        {chosen.map((slug, index) => (
          <li key={slug} className="desk-byline-author" data-author={slug}>
            <label className="desk-choice">
              <input
                type="checkbox"
                name="authorSlugs"
                value={slug}
                checked
                onChange={() => {
                  setChosen((current) => current.filter((other) => other !== slug));
                  setAnnouncement(t("byline.removed", { name: label(slug) }));
                }}
              />{" "}
              <bdi>{label(slug)}</bdi>
            </label>
            <span className="desk-block-tools">
              <button
                type="button"
                className="desk-tool"
                disabled={index === 0}
                aria-label={t("byline.moveUp", { name: label(slug) })}
                data-testid="author-up"
                ref={(element) => {
                  if (element) buttons.current.set(`${slug}:up`, element);
                  else buttons.current.delete(`${slug}:up`);
                }}
                onClick={() => move(index, -1)}
              >
                {t("compose.moveUp")}
              </button>
              <button
                type="button"
                className="desk-tool"
                disabled={index === chosen.length - 1}
                aria-label={t("byline.moveDown", { name: label(slug) })}
                data-testid="author-down"
                ref={(element) => {
                  if (element) buttons.current.set(`${slug}:down`, element);
                  else buttons.current.delete(`${slug}:down`);
                }}
                onClick={() => move(index, 1)}
              >
                {t("compose.moveDown")}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {others.length > 0 ? (
        <fieldset className="desk-choices">
          <legend>{t("byline.add")}</legend>
          {others.map((author) => (
            <label key={author.value} className="desk-choice">
              <input
                type="checkbox"
                name="authorSlugs"
                value={author.value}
                checked={false}
                onChange={() => {
                  setChosen((current) => [...current, author.value]);
                  setAnnouncement(t("byline.added", { name: author.label, position: chosen.length + 1 }));
                }}
              />{" "}
              <bdi>{author.label}</bdi>
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error ? (
        <span className="desk-field-error" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
