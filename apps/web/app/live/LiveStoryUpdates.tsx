import type { Locale } from "@sahifa/domain/locales";
import type { LiveUpdateView } from "../model/live.ts";
import { liveUpdateView, parseLiveEvent } from "./merge-live.ts";
import { useLiveFeed } from "./useLiveFeed.ts";

export interface LiveStoryUpdatesProps {
  locale: Locale;
  timeZone: string;
  articleId: string;
  updates: LiveUpdateView[];
  labels: { title: string; reconnecting: string; noUpdates: string };
}

/**
 * The timestamped updates of a live story, newest first: rendered on the server, then (as an
 * island) kept up to date over the story's live feed. Paragraphs are separated by blank lines;
 * the text is rendered as text, never as HTML.
 */
export function LiveStoryUpdates({ locale, timeZone, articleId, updates, labels }: LiveStoryUpdatesProps) {
  const { items, state } = useLiveFeed(
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
      <ol className="plain-list live-list" data-testid="live-updates" aria-live="polite">
        {items.map((update) => (
          <li key={update.id} data-live-update-id={update.id}>
            <time dateTime={update.postedAt}>{update.postedLabel}</time>
            {update.title ? <h3>{update.title}</h3> : null}
            {update.body.split(/\n\s*\n/u).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
