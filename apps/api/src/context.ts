import type { Database } from "@sahifa/db/database";
import { type Locale, negotiateLocale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import type { SignInGuard } from "./auth/sign-in.ts";
import type { Viewer } from "./auth/viewer.ts";
import type { ReaderCache } from "./cache/reader-cache.ts";
import type { ListSizes } from "./list-sizes.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import type { NewsPubSub } from "./pubsub.ts";

export interface Context {
  db: Kysely<Database>;
  /** The edition from Accept-Language (default English); root fields' `locale` argument wins over it. */
  locale: Locale;
  viewer: Viewer;
  /** Per-request DataLoaders: every list of a query is fetched in a fixed number of statements. */
  loaders: Loaders;
  /** The request's clock, so "unexpired" and "last 7 days" are stable within a request and testable. */
  now: Date;
  /** Breaking news and live updates: in process, or through Redis when REDIS_URL is set. */
  pubsub: NewsPubSub;
  /** Signs and checks preview tokens (PREVIEW_SECRET). */
  previewSecret: string;
  /** Purges what a desk write changed from the HTTP caches in front of the editions. */
  readerCache: ReaderCache;
  /** Where the request comes from (http/client-address.ts), for per-client limits. */
  clientAddress: string;
  /** Row counts of the lists without paging, for pricing queries (schema/complexity.ts). */
  listSizes: ListSizes;
  /** Sign-in's throttle and password-check queue, shared by every request of the app. */
  signInGuard: SignInGuard;
}

export interface ContextOptions {
  db: Kysely<Database>;
  pubsub: NewsPubSub;
  previewSecret: string;
  readerCache: ReaderCache;
  signInGuard: SignInGuard;
  listSizes: ListSizes;
  clientAddress?: string;
  now?: () => Date;
}

export function createContext(request: Request, options: ContextOptions): Context {
  return {
    db: options.db,
    locale: negotiateLocale(request.headers.get("accept-language")),
    viewer: { user: null },
    loaders: createLoaders(options.db),
    now: options.now?.() ?? new Date(),
    pubsub: options.pubsub,
    previewSecret: options.previewSecret,
    readerCache: options.readerCache,
    clientAddress: options.clientAddress ?? "local",
    signInGuard: options.signInGuard,
    listSizes: options.listSizes,
  };
}
