import type { IncomingMessage } from "node:http";
import { useGraphQlJit } from "@envelop/graphql-jit";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { isDatabaseUnavailable } from "@sahifa/db/connection-errors";
import type { Database } from "@sahifa/db/database";
import {
  type DocumentNode,
  type GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type ValidationContext,
} from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import type { Kysely } from "kysely";
import { authenticate, sessionCookies } from "./auth/authenticate.ts";
import { createVerificationQueue } from "./auth/password-verification-queue.ts";
import type { SignInGuard } from "./auth/sign-in.ts";
import { createSignInThrottle } from "./auth/sign-in-throttle.ts";
import { noPurging, type PurgeClient } from "./cache/purge-client.ts";
import { createReaderCache, type ReaderCache } from "./cache/reader-cache.ts";
import {
  inMemoryResponseCacheStore,
  type ResponseCacheStore,
  responseCache,
} from "./cache/response-cache.ts";
import { type Context, createContext } from "./context.ts";
import { distributionRoutes } from "./distribution/distribution-routes.ts";
import { DEFAULT_PUBLIC_ORIGIN, DEVELOPMENT_PREVIEW_SECRET } from "./env.ts";
import { clientAddress, proxyTrust } from "./http/client-address.ts";
import { CSRF_HEADER } from "./http/csrf-header.ts";
import { databaseOutageAnswers, databaseUnavailableError } from "./http/database-outage.ts";
import { graphqlCaching } from "./http/graphql-caching.ts";
import { refuseNulCharacters } from "./http/nul-characters.ts";
import { queryCostLimit } from "./http/query-cost.ts";
import { httpRoutes } from "./http/routes.ts";
import { trustedDocuments } from "./http/trusted-documents.ts";
import { viewBeacon } from "./http/view-beacon.ts";
import { createListSizes } from "./list-sizes.ts";
import { createLoaders } from "./loaders.ts";
import { createImageWorkers, type ImageWorkers } from "./media/image-workers.ts";
import { inProcessNewsPubSub, type NewsPubSub } from "./pubsub.ts";
import { schema } from "./schema/index.ts";
import { sseResponses } from "./sse-response.ts";
import { subscriptionFanout } from "./subscription-fanout.ts";

export interface AppOptions {
  db: Kysely<Database>;
  /** Origins allowed to call the API from a browser (the web app). */
  corsOrigins?: readonly string[];
  /** Off in production if the schema should not be browsable; GraphiQL goes with it. */
  introspection?: boolean;
  /** Fixed clock for tests. */
  now?: () => Date;
  /** Shared by every request of this app; default: in process (see createNewsPubSub for Redis). */
  pubsub?: NewsPubSub;
  /** Signs preview tokens; default: the development secret (readEnv demands one in production). */
  previewSecret?: string;
  /** The reader site's origin, for absolute URLs in feeds and sitemaps (default http://localhost:3000). */
  publicOrigin?: string;
  /** Purges Varnish on publish (VARNISH_PURGE_URLS); default: nothing to purge. */
  purgeClient?: PurgeClient;
  /**
   * What desk writes tell the caches; pass the one the scheduler uses so a scheduled publication
   * purges like a manual one. Default: built from `purgeClient`.
   */
  readerCache?: ReaderCache;
  /**
   * Keeps public answers (034): in process by default, Redis with REDIS_URL; `null` turns it off.
   * A `readerCache` passed too must invalidate this same store.
   */
  responseCache?: ResponseCacheStore | null;
  /** Sign-in throttle and password-check queue; default: in memory (see createSignInThrottle for PostgreSQL). */
  signInGuard?: SignInGuard;
  /** Aborted when the server shuts down: event streams then end cleanly (`event: complete`). */
  closing?: AbortSignal;
  /** Proxies in front of the API that append to X-Forwarded-For (default 0: the socket's peer is the client). */
  trustedProxyHops?: number;
  /** Addresses of relays whose X-Forwarded-For is believed (proxy-addr names: `loopback`, CIDRs); default none. */
  trustedProxies?: readonly string[];
  /**
   * Operations requests may name by id (035): the manifest `pnpm build` writes from the reader
   * app and the desk, and whether only they are executed (TRUSTED_DOCUMENTS_ONLY). Default: none, any query.
   */
  trustedDocuments?: { documents: ReadonlyMap<string, string>; only: boolean };
  /**
   * The processes that make renditions and check uploaded images (086); whoever passes them
   * closes them. Default: a pool of one of this app's own, started by the first image.
   */
  imageWorkers?: ImageWorkers;
}

/** What the Node listener (server.ts) passes with each request; absent under `app.fetch`. */
export interface ServerContext {
  req?: IncomingMessage;
}

/**
 * Abuse limits (DESIGN "Guarded against abuse"). Sized so the web app's
 * largest page query (the front page: depth 6, cost ~1,500) passes with room,
 * while a query built to fan out (deep nesting, hundreds of aliases) does not.
 */
export const LIMITS = {
  maxDepth: 10,
  maxCost: 20_000,
  maxAliases: 20,
  maxTokens: 2_000,
  maxDirectives: 20,
  /**
   * Room for the longest body the domain accepts (150,000 characters, two bytes each in Arabic
   * UTF-8, plus 400 blocks of JSON structure and the other fields): a translator's save of a
   * long read must never be refused by the transport (nothing lost).
   */
  maxBodyBytes: 1_000_000,
} as const;

export { CSRF_HEADER };

const GRAPHQL_ENDPOINT = "/graphql";

/** The whole HTTP app (GraphQL, health, media) without a listener: tests call `app.fetch` in-process. */
export function createApp(options: AppOptions) {
  const introspection = options.introspection ?? true;
  const pubsub = options.pubsub ?? inProcessNewsPubSub().pubsub;
  const trust = proxyTrust({ hops: options.trustedProxyHops, proxies: options.trustedProxies });
  const responseCacheStore =
    options.responseCache === undefined ? inMemoryResponseCacheStore() : options.responseCache;
  const readerCache =
    options.readerCache ??
    createReaderCache(options.purgeClient ?? noPurging, responseCacheStore ?? undefined);
  const listSizes = createListSizes(options.db);
  const signInGuard = options.signInGuard ?? {
    throttle: createSignInThrottle(),
    verification: createVerificationQueue(),
  };
  const plugins: Plugin[] = [
    useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
    // First to read the parameters, so every later plugin (caching, cost, cache keys) sees the document's text.
    trustedDocuments(options.trustedDocuments ?? { documents: new Map(), only: false }),
    declaredBodyLength(),
    sessionCookies(),
    graphqlCaching({ graphqlEndpoint: GRAPHQL_ENDPOINT }),
    httpRoutes({
      db: options.db,
      maxBodyBytes: LIMITS.maxBodyBytes,
      imageWorkers: options.imageWorkers ?? createImageWorkers(),
    }),
    viewBeacon({ db: options.db, proxyTrust: trust }),
    distributionRoutes({
      db: options.db,
      publicOrigin: options.publicOrigin ?? DEFAULT_PUBLIC_ORIGIN,
      ...(options.now ? { now: options.now } : {}),
    }),
    EnvelopArmorPlugin({
      // Fragments count as if written inline: a client's choice to share a fragment must not cost it depth.
      maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, ...reportArmorRejections },
      costLimit: { enabled: false },
      maxAliases: { n: LIMITS.maxAliases, ...reportArmorRejections },
      // Counted while parsing, where a thrown error already is a 400 syntax error.
      maxTokens: { n: LIMITS.maxTokens },
      maxDirectives: { n: LIMITS.maxDirectives, ...reportArmorRejections },
      // Field suggestions ("did you mean …") leak the schema when introspection is off.
      blockFieldSuggestion: { enabled: !introspection },
    }),
    // Priced with list sizes and variables, which armor's cost limit reads neither of.
    queryCostLimit({ maxCost: LIMITS.maxCost }),
    refuseNulCharacters() as Plugin,
    databaseOutageAnswers() as Plugin,
  ];
  if (!introspection) plugins.push(disableIntrospection());
  // Reader queries run compiled (graphql-jit, cached per parsed document, which yoga caches per query
  // text): the generic executor's per-field bookkeeping was the largest GraphQL cost in the profile.
  // Mutations, subscriptions and what graphql-jit gets wrong keep the reference executor.
  // Typed for any envelop context; it never reads the context.
  plugins.push(useGraphQlJit({}, { enableIf: ({ document }) => jitCompatible(document) }) as Plugin);
  // After graphql-jit, so a miss runs the compiled query; after graphqlCaching, whose headers it keeps with each answer.
  if (responseCacheStore) plugins.push(responseCache({ store: responseCacheStore, schema }));
  // A breaking item reaches every subscriber of its edition: executed and serialised once per
  // distinct subscription, not once per reader (bench:live).
  plugins.push(
    subscriptionFanout<Context>({
      shareKey: (context) => `${context.locale}:${context.viewer.user?.id ?? "reader"}`,
      eventContext: (context) => ({
        ...context,
        loaders: createLoaders(context.db),
        now: options.now?.() ?? new Date(),
      }),
    }),
    sseResponses(options.closing ? { closing: options.closing } : {}),
  );
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    graphiql: introspection ? { title: "Sahifa GraphQL API" } : false,
    // GraphiQL's code inlined from the installed package: a newsroom network without CDN access still gets it.
    // Imported on the first GraphiQL page only: the module holds about 30 MB of script text in the heap.
    renderGraphiQL: async (graphiqlOptions) =>
      (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(graphiqlOptions),
    landingPage: false,
    // The body limit holds by declared length (declaredBodyLength, httpRoutes' 413, and Node's parser,
    // which never reads past Content-Length), so yoga's own limiter, which pipes every body through a
    // byte-counting TransformStream, only costs time per request.
    maxRequestBodySize: false,
    // Unexpected errors reach clients as "Unexpected error."; GraphQLErrors we throw on purpose (BAD_USER_INPUT) pass through.
    maskedErrors: true,
    cors: {
      origin: [...(options.corsOrigins ?? ["http://localhost:3000"])],
      credentials: true,
      methods: ["GET", "POST", "OPTIONS"],
    },
    context: async ({ request, req }) => {
      const context = createContext(request, {
        db: options.db,
        pubsub,
        previewSecret: options.previewSecret ?? DEVELOPMENT_PREVIEW_SECRET,
        readerCache,
        signInGuard,
        listSizes: { tags: 0, authors: 0, dossiers: 0, regions: 0, sections: 0 },
        clientAddress: clientAddress(request, req, trust),
        ...(options.now ? { now: options.now } : {}),
      });
      try {
        context.listSizes = await listSizes();
        // Sessions run on the wall clock, not the request clock tests may fix.
        context.viewer = await authenticate(request, options.db, new Date());
      } catch (error) {
        if (isDatabaseUnavailable(error)) throw databaseUnavailableError(context.locale);
        throw error;
      }
      return context;
    },
    plugins,
  });
}

export type App = ReturnType<typeof createApp>;

/**
 * Armor throws its refusals out of validation by default, which yoga takes for an execution
 * failure (HTTP 200); reported as validation errors they get the 400 the spec asks for.
 */
const reportArmorRejections = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/**
 * A request body must declare its length, so the 413 check on Content-Length
 * (httpRoutes) is the whole size limit: the listener (server.ts) answers 411
 * before the app, and this covers `app.fetch` callers the same way.
 */
function declaredBodyLength(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return;
      if (request.headers.get("content-length") === null)
        endResponse(new fetchAPI.Response("Content-Length required", { status: 411 }));
    },
  };
}

const jitCompatibility = new WeakMap<DocumentNode, boolean>();
/**
 * Queries only, and none with a non-null variable that has a default: graphql-jit
 * answers "not provided" when such a variable is left out, where the spec (and
 * graphql-js) uses the default.
 */
function jitCompatible(document: DocumentNode): boolean {
  let compatible = jitCompatibility.get(document);
  if (compatible === undefined) {
    compatible = document.definitions.every(
      (definition) =>
        definition.kind !== Kind.OPERATION_DEFINITION ||
        (definition.operation === "query" &&
          (definition.variableDefinitions ?? []).every(
            (variable) => variable.type.kind !== Kind.NON_NULL_TYPE || variable.defaultValue === undefined,
          )),
    );
    jitCompatibility.set(document, compatible);
  }
  return compatible;
}

function disableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
