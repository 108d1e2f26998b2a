import { SURROGATE_KEY_HEADER } from "./surrogate-keys.ts";

/**
 * Tells every Varnish in front of the reader editions to drop the objects
 * tagged with some surrogate keys (an xkey purge). Each API instance sends
 * its own purges to all Varnish instances, so any number of API instances
 * work without coordinating (docs/architecture/031-surrogate-keys-and-purge.md).
 */
export interface PurgeClient {
  /** Resolves once every Varnish answered or timed out; never rejects: a publish must not fail for a cache. */
  purge(keys: Iterable<string>): Promise<PurgeOutcome[]>;
}

export interface PurgeOutcome {
  url: string;
  ok: boolean;
  /** Varnish's status, or the network error. */
  detail: string;
}

export interface PurgeClientOptions {
  /** Varnish base URLs (VARNISH_PURGE_URLS); none: purging does nothing. */
  urls: readonly string[];
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** Varnish refuses request headers over 8 KB by default: larger key sets go in several requests. */
const MAX_HEADER_CHARS = 6_000;

export function createPurgeClient(options: PurgeClientOptions): PurgeClient {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const log = options.log ?? ((line: string) => console.warn(`[purge] ${line}`));
  return {
    async purge(keys) {
      const unique = [...new Set(keys)];
      if (options.urls.length === 0 || unique.length === 0) return [];
      const requests = options.urls.flatMap((url) => headerValues(unique).map((value) => ({ url, value })));
      return Promise.all(
        requests.map(async ({ url, value }): Promise<PurgeOutcome> => {
          try {
            const response = await fetch(url, {
              method: "PURGE",
              headers: { [SURROGATE_KEY_HEADER]: value },
              signal: AbortSignal.timeout(timeoutMs),
            });
            await response.body?.cancel();
            if (!response.ok) log(`${url} answered ${response.status} to a purge of ${value}`);
            return { url, ok: response.ok, detail: String(response.status) };
          } catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            log(`${url} unreachable for a purge of ${value}: ${detail}`);
            return { url, ok: false, detail };
          }
        }),
      );
    },
  };
}

function headerValues(keys: string[]): string[] {
  const values: string[] = [];
  let current = "";
  for (const key of keys) {
    if (current !== "" && current.length + key.length + 1 > MAX_HEADER_CHARS) {
      values.push(current);
      current = "";
    }
    current = current === "" ? key : `${current} ${key}`;
  }
  if (current !== "") values.push(current);
  return values;
}

/** A client that purges nothing, for an API without Varnish in front of the editions. */
export const noPurging: PurgeClient = { purge: async () => [] };
