import { DEFAULT_LOCALE, isLocale } from "@sahifa/domain/locales";
import { isRouteErrorResponse, Outlet, useParams, useRouteLoaderData } from "react-router";
import { EditionFrame } from "../components/EditionFrame.tsx";
import { ErrorPage } from "../components/ErrorPage.tsx";
import { loadBreaking } from "../data/breaking.server.ts";
import { i18nFromBundle } from "../i18n/i18n.ts";
import type { NotFoundReason } from "../not-found.ts";
import { notFound } from "../not-found.ts";
import { fromServer, serverOnly, unwrapLoaderData } from "../server-only.ts";
import { useSwitcherTargets } from "../switcher-targets.ts";
import { urls } from "../urls.ts";
import type { Route } from "./+types/edition";

export async function loader({ params }: Route.LoaderArgs) {
  const { locale } = params;
  if (!isLocale(locale)) throw notFound();
  return serverOnly({
    chrome: { locale, breaking: await loadBreaking(locale) },
    // The footer's year comes from the server so the browser cannot render another one.
    year: new Date().getUTCFullYear(),
  });
}

/** Reader pages may be cached briefly by a CDN; a publish purges what it changed (DESIGN "Beyond one machine"). */
export function headers({ loaderHeaders, errorHeaders }: Route.HeadersArgs) {
  if (errorHeaders) return errorHeaders;
  return loaderHeaders.get("Cache-Control")
    ? loaderHeaders
    : { "Cache-Control": "public, max-age=30, stale-while-revalidate=300" };
}

export default function Edition({ loaderData }: Route.ComponentProps) {
  const switcherTargets = useSwitcherTargets();
  const { chrome, year } = fromServer(loaderData);
  return (
    <EditionFrame chrome={chrome} year={year} switcherTargets={switcherTargets}>
      <Outlet />
    </EditionFrame>
  );
}

export function meta({ error, matches }: Route.MetaArgs) {
  const root = matches[0]?.loaderData;
  if (!error || !root) return [];
  const t = i18nFromBundle(root.locale, unwrapLoaderData(root.strings)).t;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return [
    { title: status === 404 ? t("errors:notFound.title") : t("errors:serverError.title") },
    { name: "robots", content: "noindex" },
  ];
}

/** Errors inside an edition keep its header and footer, in its language. */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const data = fromServer(useRouteLoaderData<typeof loader>("routes/edition"));
  const params = useParams();
  const locale = isLocale(params.locale) ? params.locale : DEFAULT_LOCALE;
  const chrome = data?.chrome ?? { locale, breaking: [] };
  const reason = isRouteErrorResponse(error) ? (error.data as NotFoundReason | undefined) : undefined;
  const switcherTargets =
    reason?.kind === "notInEdition"
      ? Object.fromEntries(reason.translations.map((translation) => [translation.locale, translation.url]))
      : {};
  return (
    <EditionFrame
      chrome={chrome}
      year={data?.year ?? new Date().getUTCFullYear()}
      switcherTargets={switcherTargets}
    >
      <ErrorPage error={error} frontUrl={urls.front(locale)} />
    </EditionFrame>
  );
}
