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
  children,
}: {
  locale: Locale;
  head: readonly HeadTag[];
  assets: PageAssets;
  children: ReactNode;
}) {
  return (
    <html lang={LOCALE_CONFIG[locale].hreflang} dir={dir(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0b4a6f" />
        <HeadTags tags={head} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {assets.styles.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body>
        {children}
        <script type="module" src={assets.script} />
      </body>
    </html>
  );
}
