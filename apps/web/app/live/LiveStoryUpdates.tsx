import type { Locale } from "@sahifa/domain/locales";
import { memo } from "react";
import type { LiveUpdateView } from "../model/live.ts";
import { groupByDay, liveUpdateView, parseLiveEvent } from "./merge-live.ts";
import { PostedTime } from "./PostedTime.tsx";
import type { WithPostedAgo } from "./posted-ago.ts";
import { useLiveFeed } from "./useLiveFeed.ts";
import { useNow } from "./useNow.ts";

export interface LiveStoryUpdatesProps {
  locale: Locale;
  timeZone: string;
  articleId: string;
  updates: Array<WithPostedAgo<LiveUpdateView>>;
  labels: { title: string; reconnecting: string; noUpdates: string };
  /** When the server rendered the page (see useNow). */
  renderedAt: number | null;
}

/**
 * The timestamped updates of a live story, newest first under a divider for each day:
 * rendered on the server, then (as an island) kept up to date over the story's live feed, new
 * updates arriving on top. Paragraphs are separated by blank lines; the text is rendered as
 * text, never as HTML.
 */
export function LiveStoryUpdates({
  locale,
  timeZone,
  articleId,
  updates,
  labels,
  renderedAt,
}: LiveStoryUpdatesProps) {
  const { items, state } = useLiveFeed<WithPostedAgo<LiveUpdateView>>(
    `/live-events/updates/${locale}/${articleId}`,
    updates,
    (data) => {
      const update = parseLiveEvent<{ id: string; title?: string | null; body: string; createdAt: unknown }>(
        data,
        "liveUpdates",
      );
      return update && typeof update.body === "string" ? liveUpdateView(update, locale, timeZone) : null;
    },
    100,
  );
  const now = useNow(renderedAt, items);
  return (
    <section className="wrap live-story" aria-labelledby="live-story-title" data-live={state}>
      <h2 id="live-story-title" className="eyebrow live-link">
        <span className="live-dot" aria-hidden="true" />
        {labels.title}
      </h2>
      {state === "reconnecting" ? (
        <p className="live-status" role="status">
          {labels.reconnecting}
        </p>
      ) : null}
      {items.length === 0 ? <p>{labels.noUpdates}</p> : null}
      <UpdatesByDay items={items} locale={locale} now={now} />
    </section>
  );
}

/**
 * The updates under their days; memoised, so that the feed's state changing (connecting, live)
 * re-renders the heading and not every update.
 */
const UpdatesByDay = memo(function UpdatesByDay({
  items,
  locale,
  now,
}: {
  items: Array<WithPostedAgo<LiveUpdateView>>;
  locale: Locale;
  now: number | null;
}) {
  return (
    <div data-testid="live-updates" aria-live="polite">
      {groupByDay(items).map((group) => (
        <section key={group.day} className="live-day" aria-label={group.day}>
          <h3 className="live-day-title">{group.day}</h3>
          <ol className="plain-list live-list">
            {group.items.map((update) => (
              <li key={update.id} data-live-update-id={update.id}>
                <PostedTime
                  postedAt={update.postedAt}
                  label={update.postedLabel}
                  ago={update.postedAgo}
                  locale={locale}
                  now={now}
                />
                {update.title ? <h4>{update.title}</h4> : null}
                {update.body.split(/\n\s*\n/u).map((paragraph, index) => (
                  <p key={index}>{paragraph}</p>
                ))}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
});
