import { FrontPage } from "../components/FrontPage.tsx";
import { loadFrontPage } from "../data/front.server.ts";
import { editionPage } from "../edition-page.server.ts";
import { seoMeta } from "../seo.ts";
import type { Route } from "./+types/edition.front";

export async function loader({ params, request }: Route.LoaderArgs) {
  const { locale, alternates, seo } = editionPage(request, params.locale, "", (t) => ({
    title: `${t("common:brand")} — ${t("common:tagline")}`,
    description: t("footer:about"),
  }));
  return { front: await loadFrontPage(locale), alternates, seo };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? seoMeta(loaderData.seo) : [];
}

export default function Front({ loaderData }: Route.ComponentProps) {
  return <FrontPage front={loaderData.front} heading={loaderData.seo.title} />;
}
