import type { TeaserView } from "../model/teaser.ts";
import { ResponsiveImage } from "./ResponsiveImage.tsx";

/** Small image + label + headline + date rows, as Most Read and Read Next show them. */
export function CompactTeaserList({
  teasers,
  showDate = true,
}: {
  teasers: TeaserView[];
  showDate?: boolean;
}) {
  return (
    <ol className="compact-list">
      {teasers.map((teaser) => (
        <li key={teaser.id} data-article-id={teaser.id}>
          {teaser.image ? <ResponsiveImage image={teaser.image} /> : <span />}
          <div className="teaser">
            <div className="teaser-meta">
              <span className="label">{teaser.region?.label ?? teaser.section.label}</span>
              {showDate ? <time dateTime={teaser.publishedAt}>{teaser.publishedLabel}</time> : null}
            </div>
            <h3 className="teaser-title">
              <a href={teaser.url}>{teaser.title}</a>
            </h3>
          </div>
        </li>
      ))}
    </ol>
  );
}
