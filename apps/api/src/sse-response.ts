import { Readable } from "node:stream";
import type { ExecutionResult, GraphQLFormattedError } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";

/**
 * Subscriptions over Server-Sent Events, written as yoga writes them (the same
 * headers, a ":" comment at once and every 12 s, `event: next` / `event:
 * complete` blocks) but cheaper per subscriber: a breaking item is one shared
 * result for hundreds of subscribers (subscription-fanout.ts), so its event is
 * serialised and encoded once and the same bytes are written to every socket,
 * from a plain Node stream pulled as the socket drains (a slow reader holds
 * back its own events, never anyone else's).
 */

const PING_MS = 12_000;
const PING = Buffer.from(":\n\n");
const COMPLETE = Buffer.from("event: complete\ndata:\n\n");
const HEADERS = {
  "Content-Type": "text/event-stream",
  Connection: "keep-alive",
  "Cache-Control": "no-cache",
  "Content-Encoding": "none",
};

/** `closing`: when it aborts (the server shuts down), every stream ends with `event: complete`. */
export function sseResponses(options: { closing?: AbortSignal } = {}): Plugin {
  return {
    onResultProcess({ request, result, setResultProcessor }) {
      if (!isAsyncIterable(result)) return;
      const accept = request.headers.get("accept") ?? "";
      // Only clients that asked for SSE by name; others keep yoga's negotiation (multipart, */*).
      if (!accept.includes("text/event-stream") || accept.includes("multipart/mixed")) return;
      setResultProcessor(
        (stream, fetchAPI) =>
          new fetchAPI.Response(
            eventStream(stream as AsyncIterable<ExecutionResult>, options.closing) as unknown as BodyInit,
            {
              status: 200,
              headers: HEADERS,
            },
          ),
        "text/event-stream",
      );
    },
  };
}

function eventStream(results: AsyncIterable<ExecutionResult>, closing?: AbortSignal): Readable {
  const iterator = results[Symbol.asyncIterator]();
  let waiting = false;
  const stream = new Readable({
    read() {
      if (waiting) return;
      waiting = true;
      iterator.next().then(
        ({ value, done }) => {
          waiting = false;
          if (stream.destroyed) return;
          if (value != null) stream.push(eventBytes(value));
          if (done) complete();
        },
        (error: unknown) => stream.destroy(error as Error),
      );
    },
    destroy(error, callback) {
      clearInterval(ping);
      closing?.removeEventListener("abort", complete);
      // The client went away: stop the subscription (its pub/sub listener goes with it).
      Promise.resolve(iterator.return?.()).then(
        () => callback(error),
        () => callback(error),
      );
    },
  });
  // Some browsers show nothing until the first bytes; proxies drop idle connections.
  let completed = false;
  // A clean end the client can tell from a dropped connection; the subscription is released with it.
  function complete() {
    if (completed || stream.destroyed) return;
    completed = true;
    clearInterval(ping);
    stream.push(COMPLETE);
    stream.push(null);
    void Promise.resolve(iterator.return?.()).catch(() => {});
  }
  closing?.addEventListener("abort", complete, { once: true });
  stream.push(PING);
  if (closing?.aborted) complete();
  const ping = setInterval(() => {
    if (stream.readableLength === 0) stream.push(PING);
  }, PING_MS);
  return stream;
}

/** Each result's event, encoded once however many subscribers share the result. */
const encoded = new WeakMap<ExecutionResult, Buffer>();
function eventBytes(result: ExecutionResult): Buffer {
  let bytes = encoded.get(result);
  if (bytes === undefined) {
    bytes = Buffer.from(`event: next\ndata: ${JSON.stringify(publicResult(result))}\n\n`);
    encoded.set(result, bytes);
  }
  return bytes;
}

/** As yoga sends a result: without the HTTP status and "unexpected" markers its plugins leave in extensions. */
function publicResult(result: ExecutionResult): ExecutionResult | object {
  if (!result.errors?.length && !result.extensions?.http) return result;
  const { http: _status, ...extensions } = result.extensions ?? {};
  return {
    ...result,
    errors: result.errors?.map((error): GraphQLFormattedError => {
      const { http: _http, unexpected: _unexpected, ...rest } = error.toJSON().extensions ?? {};
      const { extensions: _all, ...formatted } = error.toJSON();
      return Object.keys(rest).length ? { ...formatted, extensions: rest } : formatted;
    }),
    extensions: Object.keys(extensions).length ? extensions : undefined,
  };
}
