import { type BodyBlock, blockText } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFetcher } from "react-router";
import type { MemoryMatchView } from "../api/memory-api.server.ts";

/** Blocks the memory holds (docs/architecture/074): prose, not media. */
const MEMORY_TYPES: ReadonlySet<BodyBlock["type"]> = new Set(["paragraph", "heading", "quote", "list"]);

/**
 * Beside one source block: the translation memory's best matches, asked for when the
 * translator opens the panel, each with its percentage; "Insert" puts the remembered
 * block (marks and links included) in place of the block's translation.
 */
export function BlockMemory({
  index,
  source,
  targetLocale,
  url,
  onInsert,
}: {
  index: number;
  source: BodyBlock | undefined;
  targetLocale: Locale;
  url: string;
  onInsert: (index: number, block: BodyBlock) => void;
}) {
  const { t } = useTranslation("desk");
  const fetcher = useFetcher<{ block: number; matches: MemoryMatchView[]; failed: boolean }>();
  const [inserted, setInserted] = useState(false);
  if (!source || !MEMORY_TYPES.has(source.type) || blockText(source).trim() === "") return null;
  const target = LOCALE_CONFIG[targetLocale];
  const matches = fetcher.data?.matches ?? null;
  return (
    <details
      className="desk-block-memory"
      data-testid="block-memory"
      data-block={index}
      onToggle={(event) => {
        if (event.currentTarget.open && fetcher.state === "idle" && !fetcher.data) fetcher.load(url);
      }}
    >
      <summary>{t("memory.show")}</summary>
      {fetcher.state === "loading" ? <p className="desk-hint">{t("memory.loading")}</p> : null}
      {fetcher.data?.failed ? <p className="desk-field-error">{t("memory.failed")}</p> : null}
      {matches && matches.length === 0 && !fetcher.data?.failed ? (
        <p className="desk-hint">{t("memory.none")}</p>
      ) : null}
      {matches && matches.length > 0 ? (
        <ul>
          {matches.map((match, position) => (
            <li key={`${position}:${match.sourceText}`} data-kind={match.kind} data-percent={match.percent}>
              <span className={`desk-memory-score desk-memory-${match.kind}`}>
                {match.kind === "exact" ? t("memory.exact") : t("memory.fuzzy", { percent: match.percent })}
              </span>
              <p className="desk-memory-source" dir="auto">
                {match.sourceText}
              </p>
              <p className="desk-memory-target" lang={target.hreflang} dir={target.dir}>
                {blockText(match.target)}
              </p>
              {match.target.type === source.type ? (
                <button
                  type="button"
                  className="desk-button desk-button-quiet"
                  title={t("memory.insertHint")}
                  data-testid="memory-insert"
                  onClick={() => {
                    onInsert(index, match.target);
                    setInserted(true);
                  }}
                >
                  {t("memory.insert")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {inserted ? (
        <p className="desk-hint" role="status">
          {t("memory.inserted")}
        </p>
      ) : null}
    </details>
  );
}
