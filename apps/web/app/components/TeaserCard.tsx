import type { TeaserView } from "../model/teaser.ts";
import { ResponsiveImage } from "./ResponsiveImage.tsx";

/** An article in a list: image, section label, date, headline, optional standfirst. `lead` is the front page's top story. */
export function TeaserCard({
  teaser,
  showSummary = false,
  lead = false,
}: {
  teaser: TeaserView;
  showSummary?: boolean;
  lead?: boolean;
}) {
  const Heading = lead ? "h2" : "h3";
  return (
    <article className={lead ? "teaser lead-story" : "teaser"} data-article-id={teaser.id}>
      {teaser.image ? <ResponsiveImage image={teaser.image} eager={lead} /> : null}
      <div className="teaser">
        <div className="teaser-meta">
          <a className="label" href={teaser.section.url}>
            {teaser.section.label}
          </a>
          <time dateTime={teaser.publishedAt}>{teaser.publishedLabel}</time>
        </div>
        <Heading className="teaser-title">
          <a href={teaser.url}>{teaser.title}</a>
        </Heading>
        {(showSummary || lead) && teaser.summary ? <p className="teaser-summary">{teaser.summary}</p> : null}
      </div>
    </article>
  );
}
