import type { TadaDocumentNode } from "gql.tada";
import { env } from "../env.server.ts";
import { request } from "./client.server.ts";

/**
 * Reader queries (published content, no session) go through a short-lived shared cache:
 * concurrent requests for the same page wait for one API call, and its answer serves
 * others for READER_CACHE_SECONDS. After that, for as long again, the old answer is still
 * served while one request refreshes it in the background (stale-while-revalidate), so
 * readers never queue behind the API when an entry expires. Errors are never kept. Desk
 * queries, which carry a session, use `request` directly and are never cached.
 */

const MAX_ENTRIES = 2_000;

interface Entry {
  fresh: number;
  stale: number;
  value: Promise<unknown>;
  refreshing: boolean;
}

const entries = new Map<string, Entry>();

function store(key: string, value: Promise<unknown>, ttlMs: number): void {
  const now = Date.now();
  entries.delete(key);
  entries.set(key, { fresh: now + ttlMs, stale: now + 2 * ttlMs, value, refreshing: false });
  // Map keeps insertion order: the first key is the least recently stored entry.
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
}

export function readerQuery<Data, Variables>(
  document: TadaDocumentNode<Data, Variables>,
  variables: Variables,
  ttlMs: number = env.readerCacheSeconds * 1000,
): Promise<Data> {
  if (ttlMs <= 0) return request(document, variables);
  const key = `${env.apiUrl}\n${JSON.stringify(variables)}\n${documentKey(document)}`;
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.fresh > now) return hit.value as Promise<Data>;
  if (hit && hit.stale > now) {
    if (!hit.refreshing) {
      hit.refreshing = true;
      const next = request(document, variables);
      next.then(
        () => store(key, next, ttlMs),
        () => {
          hit.refreshing = false;
        },
      );
    }
    return hit.value as Promise<Data>;
  }
  const value = request(document, variables);
  store(key, value, ttlMs);
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

const ids = new WeakMap<object, number>();
let nextId = 0;
/** Documents are module constants: their identity names them without printing them. */
function documentKey(document: object): number {
  let id = ids.get(document);
  if (id === undefined) {
    id = nextId++;
    ids.set(document, id);
  }
  return id;
}

const views = new WeakMap<object, Map<string, unknown>>();

/**
 * A view model derived from one API answer, computed once per answer: a cached answer is the
 * same object for every reader of it, so the mapping (and its date formatting) runs once per
 * refresh instead of once per request. `kind` names the mapping; the answer's own variables
 * (locale, id) already make it specific. The view is shared between requests: never mutate it.
 */
export function viewOf<Data extends object, View>(
  data: Data,
  kind: string,
  toView: (data: Data) => View,
  /** Kinds named from request input (an origin) cap how many views one answer keeps; the rest are made, not kept. */
  maxKinds = Number.POSITIVE_INFINITY,
): View {
  let byKind = views.get(data);
  if (!byKind) {
    byKind = new Map();
    views.set(data, byKind);
  }
  if (byKind.has(kind)) return byKind.get(kind) as View;
  const view = toView(data);
  if (byKind.size < maxKinds) byKind.set(kind, view);
  return view;
}

/** For tests. */
export function clearReaderCache() {
  entries.clear();
}
