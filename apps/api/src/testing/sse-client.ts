/**
 * A minimal GraphQL-over-SSE client for tests and the live benchmark: one
 * subscription per call, events parsed from the `text/event-stream` body
 * ("event: next" / "data: {...}" blocks, as graphql-yoga sends them).
 */
export interface SseSubscription<T> {
  /** Every `next` payload's `data` received so far, in order. */
  readonly received: T[];
  /** Resolves when the response headers have arrived (the server has accepted the subscription). */
  readonly opened: Promise<void>;
  /** Resolves with the next event not yet taken (waits up to `timeoutMs`). */
  next(timeoutMs?: number): Promise<T>;
  /** Called for each event as it arrives (benchmarks time arrivals here). */
  onEvent?: (data: T) => void;
  close(): void;
}

export function subscribeSse<T = Record<string, unknown>>(
  fetchImpl: (input: string, init: RequestInit) => Response | Promise<Response>,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): SseSubscription<T> {
  const controller = new AbortController();
  const received: T[] = [];
  const waiters: Array<() => void> = [];
  let taken = 0;
  let failure: unknown = null;
  const wake = () => {
    for (const waiter of waiters.splice(0)) waiter();
  };

  const subscription: SseSubscription<T> = {
    received,
    opened: Promise.resolve(),
    next: (timeoutMs = 5_000) =>
      new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No SSE event within ${timeoutMs} ms`)), timeoutMs);
        const check = () => {
          if (failure) {
            clearTimeout(timer);
            reject(failure);
          } else if (taken < received.length) {
            clearTimeout(timer);
            resolve(received[taken++]!);
          } else {
            waiters.push(check);
          }
        };
        check();
      }),
    close: () => controller.abort(),
  };

  const response = Promise.resolve().then(() =>
    fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    }),
  );
  (subscription as { opened: Promise<void> }).opened = response.then((r) => {
    if (!r.ok || !r.body) throw new Error(`SSE subscription refused: HTTP ${r.status}`);
  });
  void response
    .then(async (r) => {
      if (!r.body) return;
      const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = block
            .split("\n")
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).trimStart())
            .join("\n");
          if (event === "next" && data) {
            const payload = JSON.parse(data) as { data?: T; errors?: unknown };
            if (payload.errors) failure = new Error(`SSE error: ${JSON.stringify(payload.errors)}`);
            else if (payload.data) {
              received.push(payload.data);
              subscription.onEvent?.(payload.data);
            }
            wake();
          }
          end = buffer.indexOf("\n\n");
        }
      }
    })
    .catch((error: unknown) => {
      if (!controller.signal.aborted) {
        failure = error;
        wake();
      }
    });
  return subscription;
}
