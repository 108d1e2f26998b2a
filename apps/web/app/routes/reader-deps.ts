import type { ReaderApi } from "../data/reader-api.ts";
import type { PageAssets } from "../render/page-assets.ts";

/** What every reader route needs: the API, the site's public origin and the built assets. */
export interface ReaderDeps {
  api: ReaderApi;
  /** PUBLIC_ORIGIN: absolute URLs are built from it, never from a request's Host header. */
  origin: string;
  assets: PageAssets;
  /** The server's clock (the footer's year); tests fix it. */
  now: () => Date;
}
