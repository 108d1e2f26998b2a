import "@fontsource-variable/noto-naskh-arabic/wght.css";
import "@fontsource-variable/source-serif-4/wght.css";
import "./styles/site.css";
import { DEFAULT_LOCALE, dir, isLocale, LOCALE_CONFIG } from "@sahifa/domain/locales";
import type { ReactNode } from "react";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunctionArgs,
  useMatches,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { ErrorPage } from "./components/ErrorPage.tsx";
import { isDeskPath } from "./desk/desk-urls.ts";
import { hydratedBy } from "./hydration.ts";
import { readerBundle } from "./i18n/i18n.server.ts";
import { i18nFromBundle } from "./i18n/i18n.ts";
import { ReaderI18nProvider } from "./i18n/reader-translation.tsx";
import { readerScriptUrl } from "./islands/reader-script.server.ts";
import { serverOnlyUnless, unwrapLoaderData } from "./server-only.ts";

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/**
 * The edition of the URL, its reader strings (sent to the browser only for the desk, which is
 * hydrated and may render the error page there) and the reader script for pages that are not
 * hydrated.
 */
export function loader({ params, url }: Route.LoaderArgs) {
  const locale = isLocale(params.locale) ? params.locale : DEFAULT_LOCALE;
  const hydrated = isDeskPath(url.pathname);
  return {
    locale,
    strings: serverOnlyUnless(hydrated, readerBundle(locale)),
    readerScript: readerScriptUrl(),
  };
}

function useHydratesPage(): boolean {
  return hydratedBy(useMatches().map((match) => match.handle));
}

/** The strings only change with the edition, and changing edition is a full page load. */
export function shouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.locale !== nextParams.locale;
}

/**
 * The document. `lang` and `dir` come from the URL's edition on the server, so the first
 * byte is already right-to-left for /ar (DESIGN: `<html lang dir>` rendered on the server).
 * Reader pages are HTML plus one small script that hydrates their islands (ticker, live
 * lists, coverage tabs); only the desk loads React Router's client and hydrates whole.
 */
export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? DEFAULT_LOCALE;
  const strings = data ? unwrapLoaderData(data.strings) : undefined;
  const hydrate = useHydratesPage();
  return (
    <html lang={LOCALE_CONFIG[locale].hreflang} dir={dir(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0b4a6f" />
        <Meta />
        <Links />
      </head>
      <body>
        {strings ? (
          <ReaderI18nProvider i18n={i18nFromBundle(locale, strings)}>{children}</ReaderI18nProvider>
        ) : (
          children
        )}
        {hydrate ? (
          <>
            <ScrollRestoration />
            <Scripts />
          </>
        ) : data ? (
          <script type="module" src={data.readerScript} />
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** Last resort for errors outside an edition (the edition layout has its own boundary with header and footer). */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return (
    <main id="main" className="wrap">
      <ErrorPage error={error} />
    </main>
  );
}
