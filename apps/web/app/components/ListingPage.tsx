import { useTranslation } from "react-i18next";

import type { ListingView } from "../model/listing.ts";
import { Icon } from "./Icon.tsx";
import { ResponsiveImage } from "./ResponsiveImage.tsx";
import { TeaserGrid } from "./TeaserGrid.tsx";

/** An author's portrait is shown small beside their bio, on every screen. */
const PORTRAIT_SIZES = "8rem";

/** Any list of an edition's stories, paged by cursor through plain links. */
export function ListingPage({
  listing,
  eyebrow,
  path,
}: {
  listing: ListingView;
  eyebrow: string;
  path: string;
}) {
  const { t } = useTranslation("common");
  return (
    <>
      <span className="eyebrow">{eyebrow}</span>
      <h1 className="page-title">
        <bdi>{listing.title}</bdi>
      </h1>
      {listing.profile ? (
        <div className="author-profile" data-testid="author-profile">
          {listing.profile.photo ? (
            <ResponsiveImage image={listing.profile.photo} eager sizes={PORTRAIT_SIZES} />
          ) : null}
          <div>
            {listing.profile.role ? <p className="author-role">{listing.profile.role}</p> : null}
            {listing.description ? <p className="page-intro">{listing.description}</p> : null}
          </div>
        </div>
      ) : listing.description ? (
        <p className="page-intro">{listing.description}</p>
      ) : null}
      {listing.related.length > 0 ? (
        <ul className="tag-list">
          {listing.related.map((link) => (
            <li key={link.url}>
              <a href={link.url}>{link.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {listing.items.length === 0 ? (
        <p>{t("pages.empty")}</p>
      ) : (
        <TeaserGrid teasers={listing.items} showSummary />
      )}
      {listing.nextCursor || listing.previousCursor ? (
        <nav className="pagination" aria-label={t("pagination.label")}>
          {listing.previousCursor ? (
            <a
              className="arrow-link previous-link"
              rel="prev"
              href={`${path}?before=${encodeURIComponent(listing.previousCursor)}`}
            >
              {t("pagination.previous")}
            </a>
          ) : null}
          {listing.nextCursor ? (
            <a
              className="arrow-link"
              rel="next"
              href={`${path}?after=${encodeURIComponent(listing.nextCursor)}`}
            >
              {t("pagination.next")}
              <Icon name="arrow" />
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
