import type { Database } from "@sahifa/db/database";
import { type Locale, negotiateLocale } from "@sahifa/domain/locales";
import type { LanguagePair } from "@sahifa/domain/permissions";
import type { Role } from "@sahifa/domain/workflow";
import type { Kysely } from "kysely";
import type { ViewerSession } from "./auth/authenticate.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import type { NewsPubSub } from "./pubsub.ts";

/** Who is asking. Readers are anonymous (`user: null`); the desk signs users in (src/auth/, later). */
export interface Viewer {
  user: null | {
    id: number;
    role: Role;
    locales: readonly Locale[];
    /** A translator's pairs; empty for editors and admins. */
    languagePairs: readonly LanguagePair[];
  };
  /** The request's session as src/auth/authenticate.ts found it; absent in contexts built without a request. */
  session?: ViewerSession;
}

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
}

export interface ContextOptions {
  db: Kysely<Database>;
  pubsub: NewsPubSub;
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
  };
}
