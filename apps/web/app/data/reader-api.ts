import { request } from "@sahifa/api-client/request";
import type { Transmit } from "@sahifa/api-client/transmit";
import type { TadaDocumentNode } from "gql.tada";
import { LRUCache } from "lru-cache";

/**
 * How reader pages reach the API: published content only, no session. `cached` keeps a page's
 * view model (its query and mapping done once) for `cacheSeconds`, then for as long again serves
 * it while one request refreshes it in the background, so readers never queue behind the API
 * when an entry ages; concurrent requests for one key share one load, and failures are not kept.
 */
export interface ReaderApi {
  query<Data, Variables>(document: TadaDocumentNode<Data, Variables>, variables: Variables): Promise<Data>;
  cached<View extends object>(key: string, load: () => Promise<View>): Promise<View>;
  /** The API's origin, for the relays (media, live events, view beacon). */
  readonly apiUrl: URL;
  /** The newsroom's time zone, which every view model's dates and times are written in. */
  readonly timeZone: string;
}

const MAX_ENTRIES = 2_000;

export function createReaderApi({
  apiUrl,
  cacheSeconds,
  timeZone = "UTC",
  transmit,
}: {
  apiUrl: URL;
  cacheSeconds: number;
  timeZone?: string;
  /** How queries reach the API (the server's pool of connections); the global fetch when absent (tests stub it). */
  transmit?: Transmit;
}): ReaderApi {
  const freshMs = cacheSeconds * 1000;
  const cache = new LRUCache<string, object, () => Promise<object>>({
    max: MAX_ENTRIES,
    // Fresh for `freshMs`, then served stale for as long again while it refreshes.
    ttl: Math.max(2 * freshMs, 1),
    fetchMethod: (_key, _stale, { context }) => context(),
  });
  const query = <Data, Variables>(document: TadaDocumentNode<Data, Variables>, variables: Variables) =>
    request(document, variables, { endpoint: apiUrl, ...(transmit ? { transmit } : {}) });
  return {
    apiUrl,
    timeZone,
    query,
    async cached<View extends object>(key: string, load: () => Promise<View>): Promise<View> {
      if (freshMs <= 0) return load();
      const ageing = cache.has(key) && cache.getRemainingTTL(key) < freshMs;
      // A fresh view is the common case under load: taken as it is, with no fetch to set up.
      const fresh = ageing ? undefined : cache.get(key);
      if (fresh !== undefined) return fresh as View;
      const view = await cache.fetch(key, {
        context: load,
        forceRefresh: ageing,
        allowStale: ageing,
        // An API failure while refreshing keeps serving the view readers already had.
        allowStaleOnFetchRejection: ageing,
      });
      if (view === undefined) throw new Error(`reader cache: no view for ${key}`);
      return view as View;
    },
  };
}
