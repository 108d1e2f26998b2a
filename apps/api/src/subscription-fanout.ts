import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * Subscription fan-out: one event reaches hundreds of subscribers of
 * the same edition, who mostly sent the same subscription. Each subscriber
 * still has its own event stream (its own pub/sub listener, order and
 * backpressure), but the event is executed once per distinct subscription:
 * same document, operation, variables and `shareKey` of the context (the
 * edition and the viewer). They all get the same result object, which the
 * SSE writer (sse-response.ts) serialises once for all of them.
 *
 * The shared execution runs with `eventContext(context)` of the first
 * subscriber to need it: a context for this event (fresh loaders, its clock),
 * not one subscriber's request-long caches.
 */
export interface FanoutOptions<TContext> {
  /** Everything in the context that a subscription's result may depend on. */
  shareKey(context: TContext): string;
  /** The context one event is executed with. */
  eventContext(context: TContext): TContext;
}

type Execution = ExecutionResult | Promise<ExecutionResult>;

export function subscriptionFanout<TContext>(options: FanoutOptions<TContext>): Plugin {
  /** Per event payload (the object the pub/sub hands every listener), its executions by subscription key. */
  const executions = new WeakMap<object, Map<string, Execution>>();
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;

  function subscriptionKey(args: ExecutionArgs): string {
    let documentId = documentIds.get(args.document);
    if (documentId === undefined) {
      documentId = nextDocumentId++;
      documentIds.set(args.document, documentId);
    }
    const variables = JSON.stringify(args.variableValues ?? {});
    const context = options.shareKey(args.contextValue as TContext);
    return `${documentId}\u0000${args.operationName ?? ""}\u0000${variables}\u0000${context}`;
  }

  function executeShared(args: ExecutionArgs, key: string, payload: unknown): Execution {
    const run = () =>
      // What graphql-js's subscribe does per event: execute the operation with the payload as root value.
      execute({
        ...args,
        rootValue: payload,
        contextValue: options.eventContext(args.contextValue as TContext),
      });
    if (typeof payload !== "object" || payload === null) return run();
    let byKey = executions.get(payload);
    if (byKey === undefined) {
      byKey = new Map();
      executions.set(payload, byKey);
    }
    let execution = byKey.get(key);
    if (execution === undefined) {
      execution = run();
      byKey.set(key, execution);
    }
    return execution;
  }

  return {
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const source = await createSourceEventStream(args);
        // Errors (unknown field, a resolver that throws): the reference path answers, so they read as before.
        if (!(Symbol.asyncIterator in source)) return subscribeFn(args);
        const key = subscriptionKey(args);
        return mapEvents(source, (payload) => executeShared(args, key, payload));
      });
    },
  };
}

/**
 * Maps a source stream. Not an async generator: a client that hangs up between events must
 * release its pub/sub listener at once, and a generator's return() would wait for the next event.
 */
function mapEvents<T, U>(
  source: AsyncIterable<T>,
  map: (value: T) => U | Promise<U>,
): AsyncIterableIterator<U> {
  const iterator = source[Symbol.asyncIterator]();
  const done = async (): Promise<IteratorReturnResult<undefined>> => {
    await iterator.return?.();
    return { value: undefined, done: true };
  };
  return {
    next() {
      return iterator.next().then((event): IteratorResult<U> | Promise<IteratorResult<U>> => {
        if (event.done) return event;
        // Mostly a result already there (shared, or executed without waiting): no extra await per reader.
        const value = map(event.value);
        return value instanceof Promise
          ? value.then((v) => ({ value: v, done: false }))
          : { value, done: false };
      });
    },
    return: done,
    async throw(error: unknown) {
      await done();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
