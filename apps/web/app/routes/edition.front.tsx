import { FrontPage } from "../components/FrontPage.tsx";
import { loadFrontPage } from "../data/front.server.ts";
import { editionPage } from "../edition-page.server.ts";
import { seoMeta } from "../seo.ts";
import { fromServer, serverOnly } from "../server-only.ts";
import type { Route } from "./+types/edition.front";

export async function loader({ params, url }: Route.LoaderArgs) {
  const { locale, alternates, seo } = editionPage(url, params.locale, "", (t) => ({
    title: `${t("common:brand")} — ${t("common:tagline")}`,
    description: t("footer:about"),
  }));
  return serverOnly({ front: await loadFrontPage(locale), alternates, seo });
}

export function meta({ loaderData }: Route.MetaArgs) {
  const data = fromServer(loaderData);
  return data ? seoMeta(data.seo) : [];
}

export default function Front({ loaderData }: Route.ComponentProps) {
  const { front, seo } = fromServer(loaderData);
  return <FrontPage front={front} heading={seo.title} />;
}
