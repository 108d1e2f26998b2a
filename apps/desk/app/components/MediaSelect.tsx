import type { Locale } from "@sahifa/domain/locales";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFetcher } from "react-router";
import { deskUrls } from "../desk-urls.ts";
import { appendPage, type MediaChoice, type MediaChoicesPage } from "../editor/media-choice.ts";
import { useDeskUi } from "../use-desk-ui.ts";

/** How long typing pauses before the library is searched. */
const SEARCH_PAUSE_MS = 300;

function optionLabel(item: MediaChoice): string {
  const parts = [`#${item.id}`, item.alt, item.fileName].filter((part) => part);
  return parts.join(" · ");
}

/**
 * Picks an image or a video of the media library: a select named by each item's alt text and
 * file name, with the chosen one shown beside it. Once the page runs scripts it also searches
 * the whole library (alt text, caption, credit, file name, in any edition) and fetches more
 * pages; before that, and without JavaScript, it offers the first page. `name` makes it a
 * form field (the facts forms post it).
 */
export function MediaSelect({
  id,
  name,
  kind = "image",
  edition,
  page: firstPage,
  value,
  noneLabel,
  onChange,
}: {
  id: string;
  name?: string;
  kind?: MediaChoice["kind"];
  /** The edition being written: the language of the texts shown. */
  edition: Locale;
  page: MediaChoicesPage;
  value: number | null;
  /** When given, "none" is a choice. */
  noneLabel?: string;
  onChange?: (mediaId: number | null, choice: MediaChoice | null) => void;
}) {
  const { t } = useTranslation("desk");
  const ui = useDeskUi();
  const fetcher = useFetcher<MediaChoicesPage>();
  const [live, setLive] = useState(false);
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(firstPage);
  // Everything seen so far, so a choice stays named after the search that found it moves on.
  const known = useRef(new Map<number, MediaChoice>());
  for (const item of [...firstPage.items, ...page.items]) known.current.set(item.id, item);
  // Whether the answer on its way is a further page (appended) or a new search (replaces).
  const appending = useRef(false);
  const searched = useRef("");

  useEffect(() => setLive(true), []);

  useEffect(() => {
    if (!live || search.trim() === searched.current) return;
    const timer = setTimeout(() => {
      searched.current = search.trim();
      appending.current = false;
      fetcher.load(deskUrls.mediaChoices(ui, { kind, edition, search: searched.current }));
    }, SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [live, search, ui, kind, edition, fetcher.load]);

  useEffect(() => {
    const answer = fetcher.data;
    if (fetcher.state !== "idle" || !answer) return;
    setPage((current) => (appending.current ? appendPage(current, answer) : answer));
  }, [fetcher.state, fetcher.data]);

  const chosen = value === null ? undefined : known.current.get(value);
  // A choice that is not among the results (another search, an older page) still stays chosen.
  const options =
    value === null || page.items.some((item) => item.id === value)
      ? page.items
      : [
          ...page.items,
          chosen ?? {
            id: value,
            kind,
            url: null,
            alt: "",
            fileName: null,
            missingAltLocales: [],
            video: null,
          },
        ];
  const listId = `${id}-count`;
  return (
    <span className="desk-media-select" data-testid="media-select" data-kind={kind}>
      {live ? (
        <input
          type="search"
          className="desk-media-search"
          aria-label={t(kind === "video" ? "mediaPicker.searchVideos" : "mediaPicker.searchImages")}
          placeholder={t("mediaPicker.placeholder")}
          aria-controls={id}
          aria-describedby={listId}
          value={search}
          data-testid="media-search"
          onChange={(event) => setSearch(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter searches at once rather than posting the form the picker sits in.
            if (event.key !== "Enter") return;
            event.preventDefault();
            searched.current = search.trim();
            appending.current = false;
            fetcher.load(deskUrls.mediaChoices(ui, { kind, edition, search: searched.current }));
          }}
        />
      ) : null}
      <select
        id={id}
        name={name}
        value={value ?? ""}
        onChange={(event) => {
          const next = Number.parseInt(event.currentTarget.value, 10);
          const mediaId = Number.isSafeInteger(next) ? next : null;
          onChange?.(mediaId, mediaId === null ? null : (known.current.get(mediaId) ?? null));
        }}
      >
        {noneLabel !== undefined || value === null ? <option value="">{noneLabel ?? "—"}</option> : null}
        {options.map((item) => (
          <option key={item.id} value={item.id}>
            {optionLabel(item)}
          </option>
        ))}
      </select>
      {live ? (
        <span id={listId} className="desk-hint" aria-live="polite" data-testid="media-count">
          {fetcher.state !== "idle"
            ? t("mediaPicker.searching")
            : t("mediaPicker.shown", { shown: page.items.length, total: page.totalCount })}
        </span>
      ) : null}
      {live && page.endCursor ? (
        <button
          type="button"
          className="desk-button desk-button-quiet"
          data-testid="media-more"
          disabled={fetcher.state !== "idle"}
          onClick={() => {
            if (!page.endCursor) return;
            appending.current = true;
            fetcher.load(
              deskUrls.mediaChoices(ui, { kind, edition, search: searched.current, after: page.endCursor }),
            );
          }}
        >
          {t("mediaPicker.more")}
        </button>
      ) : null}
      {chosen?.url ? (
        <img className="desk-media-thumb" src={chosen.url} alt={chosen.alt} width={120} loading="lazy" />
      ) : null}
    </span>
  );
}
