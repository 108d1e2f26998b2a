import type { Locale } from "@sahifa/domain/locales";
import type { BreakingItemView } from "../model/edition.ts";
import { BreakingItemText } from "./BreakingItemText.tsx";
import type { WithPostedAgo } from "./posted-ago.ts";
import { useLiveBreaking } from "./useLiveBreaking.ts";
import { useNow } from "./useNow.ts";

export interface LiveBreakingListProps {
  locale: Locale;
  timeZone: string;
  items: Array<WithPostedAgo<BreakingItemView>>;
  labels: { reconnecting: string; noUpdates: string };
  /** When the server rendered the page (see useNow). */
  renderedAt: number | null;
}

/** The LIVE page's list of the edition's live items, newest first; an island that takes new ones as they come. */
export function LiveBreakingList({
  locale,
  timeZone,
  items: serverItems,
  labels,
  renderedAt,
}: LiveBreakingListProps) {
  const { items, state } = useLiveBreaking(locale, timeZone, serverItems, 50);
  const now = useNow(renderedAt, items);
  return (
    <>
      {items.length === 0 ? <p>{labels.noUpdates}</p> : null}
      {state === "reconnecting" ? (
        <p className="live-status" role="status">
          {labels.reconnecting}
        </p>
      ) : null}
      <ol className="plain-list live-list" data-testid="live-list" data-live={state} aria-live="polite">
        {items.map((item) => (
          <li key={item.id} data-breaking-id={item.id}>
            <BreakingItemText item={item} locale={locale} now={now} />
          </li>
        ))}
      </ol>
    </>
  );
}
