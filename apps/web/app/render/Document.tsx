import { dir, LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import type { ReactNode } from "react";
import type { HeadTag } from "../seo/seo.ts";
import { HeadTags } from "./HeadTags.tsx";
import type { PageAssets } from "./page-assets.ts";

/**
 * The HTML document of every reader page. `lang` and `dir` come from the edition, so the first
 * byte of /ar is already right to left; the only script is the islands bundle (see
 * docs/architecture/002-reader-islands.md).
 */
export function Document({
  locale,
  head,
  assets,
  lite = false,
  children,
}: {
  locale: Locale;
  head: readonly HeadTag[];
  assets: PageAssets;
  /** A lite page: no web font, no script, the lite stylesheet (docs/architecture/052-lite-pages.md). */
  lite?: boolean;
  children: ReactNode;
}) {
  const styles = lite ? assets.liteStyles : assets.styles;
  return (
    <html lang={LOCALE_CONFIG[locale].hreflang} dir={dir(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0b4a6f" />
        {!lite && assets.fonts[locale] ? (
          <link
            rel="preload"
            href={assets.fonts[locale]}
            as="font"
            type="font/woff2"
            crossOrigin="anonymous"
          />
        ) : null}
        <HeadTags tags={head} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {styles.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body>
        {children}
        {lite ? null : <script type="module" src={assets.script} />}
      </body>
    </html>
  );
}
