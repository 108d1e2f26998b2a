import type { Locale } from "@sahifa/domain/locales";
import type { BreakingItemView } from "../model/edition.ts";
import { PostedTime } from "./PostedTime.tsx";
import type { WithPostedAgo } from "./posted-ago.ts";

/**
 * One breaking item as the ticker and the LIVE list show it: time (relative once `now` is
 * known), source, and the text, a link to its story or its own link when it has one.
 */
export function BreakingItemText({
  item,
  locale,
  now,
}: {
  item: WithPostedAgo<BreakingItemView>;
  locale: Locale;
  now: number | null;
}) {
  return (
    <>
      <PostedTime
        postedAt={item.postedAt}
        label={item.postedLabel}
        ago={item.postedAgo}
        locale={locale}
        now={now}
      />{" "}
      {item.attribution ? (
        <>
          <bdi className="ticker-attribution">{item.attribution}</bdi>:{" "}
        </>
      ) : null}
      {item.url ? <a href={item.url}>{item.text}</a> : <span>{item.text}</span>}
    </>
  );
}
