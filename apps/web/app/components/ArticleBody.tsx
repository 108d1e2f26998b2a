import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import type { BodyBlockView } from "../model/article.ts";
import { Figure } from "./Figure.tsx";
import { InlineRuns } from "./InlineRuns.tsx";
import { RelatedNews } from "./RelatedNews.tsx";

/** One component per block type: a body is data, so it can never inject markup. */
function Block({ block }: { block: BodyBlockView }) {
  const { t } = useTranslation("article");
  switch (block.type) {
    case "paragraph":
      return (
        <p>
          <InlineRuns runs={block.content} />
        </p>
      );
    case "heading":
      return block.level === 2 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>;
    case "quote":
      return (
        <blockquote>
          <p>{block.text}</p>
          {block.attribution ? (
            <footer>
              — <bdi>{block.attribution}</bdi>
            </footer>
          ) : null}
        </blockquote>
      );
    case "list": {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <InlineRuns runs={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case "image":
      return <Figure image={block.image} />;
    case "gallery":
      return (
        <section className="gallery" aria-label={t("gallery.label")}>
          {block.images.map((image, index) => (
            <Figure key={index} image={image} />
          ))}
        </section>
      );
    case "video":
      return (
        <figure className="video-player">
          {/* biome-ignore lint/a11y/useMediaCaption: the tracks come from the library; a video given by its address has none */}
          <video controls preload="none" src={block.url} title={block.title} poster={block.poster?.url}>
            {block.captions.map((track, index) => (
              <track
                key={track.locale}
                kind="captions"
                src={track.url}
                srcLang={LOCALE_CONFIG[track.locale].hreflang}
                label={LOCALE_CONFIG[track.locale].nativeName}
                // The edition's own language comes first and is the one shown by default.
                default={index === 0}
              />
            ))}
            <a href={block.url}>{block.title}</a>
          </video>
          <figcaption>{block.title}</figcaption>
        </figure>
      );
    case "related":
      return <RelatedNews articles={block.articles} />;
  }
}

export function ArticleBody({ blocks }: { blocks: BodyBlockView[] }) {
  return (
    <div className="article-body">
      {blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  );
}
