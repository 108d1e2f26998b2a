import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { Island } from "../islands/Island.tsx";
import { ViewBeacon } from "../live/ViewBeacon.tsx";
import type { ArticlePageData, ArticleView, BodyBlockView } from "../model/article.ts";
import { ArticleBody } from "./ArticleBody.tsx";
import { ArticleMeta } from "./ArticleMeta.tsx";
import { ArticleNotes } from "./ArticleNotes.tsx";
import { CompactTeaserList } from "./CompactTeaserList.tsx";
import { DossierBox } from "./DossierBox.tsx";
import { Figure } from "./Figure.tsx";
import { ResponsiveImage } from "./ResponsiveImage.tsx";
import { ShareControls } from "./ShareControls.tsx";
import { TagList } from "./TagList.tsx";
import { TeaserGrid } from "./TeaserGrid.tsx";

/** Each kind leads with what it is about: a video its player, an infograph its image full width. */
function splitLead(article: ArticleView): { leadVideo: BodyBlockView | null; body: BodyBlockView[] } {
  if (article.kind !== "video") return { leadVideo: null, body: article.body };
  const index = article.body.findIndex((block) => block.type === "video");
  if (index < 0) return { leadVideo: null, body: article.body };
  return {
    leadVideo: article.body[index] ?? null,
    body: article.body.filter((_, i) => i !== index),
  };
}

function OpinionAuthor({ article }: { article: ArticleView }) {
  const author = article.authors[0];
  if (article.kind !== "opinion" || !author) return null;
  return (
    <div className="opinion-author">
      {author.image ? <ResponsiveImage image={author.image} eager /> : null}
      <div>
        <a className="name" href={author.url}>
          <bdi>{author.name}</bdi>
        </a>
        {author.bio ? <p>{author.bio}</p> : null}
      </div>
    </div>
  );
}

export function ArticlePage({
  article,
  mostRead,
  readNext,
  coverage,
  shareUrl,
  live,
}: ArticlePageData & {
  /** A live story's updates: they lead, before the background in the body. */
  live?: ReactNode;
}) {
  const { t } = useTranslation("article");
  const { leadVideo, body } = splitLead(article);
  return (
    <div className="with-sidebar">
      <article className={`article article-${article.kind}`} data-kind={article.kind}>
        <ViewBeacon articleId={article.id} locale={article.locale} />
        <header>
          <div className="article-kicker">
            {article.parentSection ? (
              <>
                <a href={article.parentSection.url}>{article.parentSection.label}</a>
                {" · "}
              </>
            ) : null}
            <a href={article.section.url}>{article.section.label}</a>
            {article.region ? (
              <>
                {" · "}
                <a href={article.region.url}>{article.region.label}</a>
              </>
            ) : null}
          </div>
          <OpinionAuthor article={article} />
          <h1 className="article-title">{article.title}</h1>
          <p className="article-standfirst">{article.summary}</p>
          <ArticleMeta article={article} />
          <ShareControls url={shareUrl} title={article.title} />
        </header>
        {leadVideo ? <ArticleBody blocks={[leadVideo]} /> : null}
        {!leadVideo && article.lead ? (
          <Figure
            image={article.lead}
            eager
            className={article.kind === "infograph" ? "lead infograph-lead" : "lead"}
          />
        ) : null}
        {live}
        <ArticleBody blocks={body} />
        <ArticleNotes notes={article.notes} />
        <footer className="article-footer">
          <TagList tags={article.tags} />
          {article.dossier ? <DossierBox dossier={article.dossier} /> : null}
        </footer>
      </article>
      <aside aria-label={t("mostRead")}>
        {mostRead.length > 0 ? (
          <section className="aside-block" aria-labelledby="most-read">
            <h2 className="section-heading" id="most-read">
              {t("mostRead")}
            </h2>
            <CompactTeaserList teasers={mostRead.slice(0, 4)} />
          </section>
        ) : null}
        {coverage.all.length > 0 ? (
          <Island
            name="coverage"
            props={{ coverage, id: "coverage", labels: { heading: t("coverage"), all: t("all") } }}
          />
        ) : null}
      </aside>
      {readNext.length > 0 ? (
        <section aria-labelledby="read-next">
          <h2 className="section-heading" id="read-next">
            {t("readNext")}
          </h2>
          <TeaserGrid teasers={readNext.slice(0, 4)} />
        </section>
      ) : null}
    </div>
  );
}
