/**
 * Loader data for the server's render only.
 *
 * React Router encodes every loader's result for the browser's router (turbo-stream) on each
 * document request, even for a page that renders no `<Scripts/>` and so never sends it. Reader
 * pages are not hydrated (their islands get their props in the HTML), so that encoding was pure
 * waste: about a tenth of the server's CPU on an article page. Their loaders wrap what they
 * return in `serverOnly`, which keeps the data under a symbol key; the encoder serialises an
 * object's string keys only, so the wrapper costs it one empty object. Components, `meta` and
 * the document read the data back with `fromServer`. The desk, which React Router hydrates,
 * returns its loader data unwrapped.
 */
const DATA: unique symbol = Symbol("server-only loader data");

export interface ServerOnly<T> {
  readonly [DATA]: T;
}

export function serverOnly<T>(data: T): ServerOnly<T> {
  return { [DATA]: data };
}

/** The data `serverOnly` wrapped; `undefined` for a route whose loader has not run (an error page). */
export function fromServer<T>(wrapped: ServerOnly<T>): T;
export function fromServer<T>(wrapped: ServerOnly<T> | undefined): T | undefined;
export function fromServer<T>(wrapped: ServerOnly<T> | undefined): T | undefined {
  return wrapped?.[DATA];
}

/** Wraps `data` unless the page is hydrated, whose browser needs it (the root's strings on desk pages). */
export function serverOnlyUnless<T>(hydrated: boolean, data: T): T | ServerOnly<T> {
  return hydrated ? data : serverOnly(data);
}

/** Data that may or may not be wrapped (the root's strings, any route's data in the matches), as it is. */
export function unwrapLoaderData<T>(data: T | ServerOnly<T>): T {
  return typeof data === "object" && data !== null && DATA in data
    ? (data as ServerOnly<T>)[DATA]
    : (data as T);
}
