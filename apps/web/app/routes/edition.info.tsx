import { editionPage } from "../edition-page.server.ts";
import { useTranslation } from "../i18n/reader-translation.tsx";
import { notFound } from "../not-found.ts";
import { brandedMeta } from "../seo.ts";
import { fromServer, serverOnly } from "../server-only.ts";
import type { Route } from "./+types/edition.info";

const INFO = ["about", "privacy", "contact"] as const;
type Info = (typeof INFO)[number];

/** About, privacy and contact: short texts from the footer namespace, the same page in every edition. */
export function loader({ params, url }: Route.LoaderArgs) {
  const page = url.pathname.split("/").pop() as Info;
  if (!INFO.includes(page)) throw notFound();
  const { alternates, seo } = editionPage(url, params.locale, page, (t) => ({
    title: t(`footer:links.${page}`),
    description: t(`footer:pageText.${page}`),
  }));
  return serverOnly({ page, alternates, seo });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return brandedMeta(fromServer(loaderData)?.seo);
}

export default function InfoPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("footer");
  const { page } = fromServer(loaderData);
  return (
    <article className="article">
      <h1 className="page-title">{t(`links.${page}`)}</h1>
      <p>{t(`pageText.${page}`)}</p>
    </article>
  );
}
