import { loadAuthors } from "../data/authors.server.ts";
import { editionPage } from "../edition-page.server.ts";
import { useTranslation } from "../i18n/reader-translation.tsx";
import { brandedMeta } from "../seo.ts";
import { fromServer, serverOnly } from "../server-only.ts";
import type { Route } from "./+types/edition.authors";

export async function loader({ params, url }: Route.LoaderArgs) {
  const { locale, alternates, seo } = editionPage(url, params.locale, "authors", (t) => ({
    title: t("common:pages.authors"),
    description: t("footer:about"),
  }));
  return serverOnly({ authors: await loadAuthors(locale), alternates, seo });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return brandedMeta(fromServer(loaderData)?.seo);
}

export default function Authors({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("common");
  return (
    <>
      <h1 className="page-title">{t("pages.authors")}</h1>
      <ul className="plain-list compact-authors">
        {fromServer(loaderData).authors.map((author) => (
          <li key={author.url}>
            <h2 className="teaser-title">
              <a href={author.url}>
                <bdi>{author.name}</bdi>
              </a>
            </h2>
            {author.bio ? <p className="teaser-summary">{author.bio}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
