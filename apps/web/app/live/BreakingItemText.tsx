import type { BreakingItemView } from "../model/edition.ts";

/** One breaking item as the ticker and the LIVE list show it: time, source, and the text (a link when it has one). */
export function BreakingItemText({ item }: { item: BreakingItemView }) {
  return (
    <>
      <time dateTime={item.postedAt}>{item.postedLabel}</time>{" "}
      {item.attribution ? (
        <>
          <bdi className="ticker-attribution">{item.attribution}</bdi>:{" "}
        </>
      ) : null}
      {item.url ? <a href={item.url}>{item.text}</a> : <span>{item.text}</span>}
    </>
  );
}
