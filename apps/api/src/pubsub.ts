import type { LiveUpdate } from "@sahifa/db/live";
import type { BreakingItem } from "@sahifa/db/reader/breaking";
import type { Locale } from "@sahifa/domain/locales";
import { type EventChannels, eventQueue, inProcessChannels } from "./event-queue.ts";

/**
 * Events pushed to subscribers. In process by default; with
 * REDIS_URL every event goes through Redis pub/sub, so a breaking item posted
 * on one API instance reaches the subscribers of every instance, once each
 * (each instance subscribes to a channel once, however many readers listen).
 *
 * Payloads cross Redis as JSON, so they carry dates as ISO strings; the
 * subscription resolvers revive them.
 */

export interface BreakingEvent extends Omit<BreakingItem, "createdAt" | "expiresAt"> {
  createdAt: string;
  expiresAt: string;
}

export interface LiveUpdateEvent extends Omit<LiveUpdate, "createdAt"> {
  createdAt: string;
}

/** Channel names are prefixed: one Redis may serve other applications. */
export const BREAKING_TOPIC = "sahifa.breaking";
export const LIVE_UPDATE_TOPIC = "sahifa.live-update";

export type NewsEvents = {
  [BREAKING_TOPIC]: [locale: Locale, event: BreakingEvent];
  [LIVE_UPDATE_TOPIC]: [story: string, event: LiveUpdateEvent];
};

type Topic = keyof NewsEvents;

export interface NewsPubSub {
  publish<T extends Topic>(topic: T, key: NewsEvents[T][0], event: NewsEvents[T][1]): void;
  /** The events of one key (an edition, a live story) in order; see eventQueue. */
  subscribe<T extends Topic>(topic: T, key: NewsEvents[T][0]): AsyncIterableIterator<NewsEvents[T][1]>;
}

function newsPubSub(channels: EventChannels): NewsPubSub {
  return {
    publish: (topic, key, event) => channels.dispatchEvent({ type: `${topic}:${key}`, detail: event }),
    subscribe: (topic, key) => eventQueue(channels, `${topic}:${key}`),
  };
}

export interface PubSubHandle {
  pubsub: NewsPubSub;
  kind: "memory" | "redis";
  close(): Promise<void>;
}

/** Events within this process only (one instance, tests). */
export function inProcessNewsPubSub(): PubSubHandle {
  return { pubsub: newsPubSub(inProcessChannels()), kind: "memory", close: async () => {} };
}

export async function createNewsPubSub(
  options: { redisUrl?: string | undefined } = {},
): Promise<PubSubHandle> {
  if (!options.redisUrl) return inProcessNewsPubSub();
  // Imported only with REDIS_URL: an instance without Redis never holds the client's code.
  const [{ Redis }, { createRedisEventTarget }] = await Promise.all([
    import("ioredis"),
    import("@graphql-yoga/redis-event-target"),
  ]);
  // Two connections: a Redis connection in subscriber mode can do nothing but listen.
  const redisOptions = { lazyConnect: false, maxRetriesPerRequest: 3, connectTimeout: 5_000 };
  const publishClient = new Redis(options.redisUrl, redisOptions);
  const subscribeClient = new Redis(options.redisUrl, redisOptions);
  for (const client of [publishClient, subscribeClient]) {
    // ioredis reconnects by itself; without a listener an outage would crash the process.
    client.on("error", (error: Error) => console.error(`[pubsub] Redis: ${error.message}`));
  }
  // Parses each message once and hands the same object to every listener of the channel.
  const channels = createRedisEventTarget({ publishClient, subscribeClient }) as unknown as EventChannels;
  return {
    pubsub: newsPubSub(channels),
    kind: "redis",
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

export function liveStoryKey(articleId: number, locale: Locale): string {
  return `${articleId}:${locale}`;
}

export function publishBreaking(pubsub: NewsPubSub, item: BreakingItem): void {
  pubsub.publish(BREAKING_TOPIC, item.locale, {
    ...item,
    createdAt: item.createdAt.toISOString(),
    expiresAt: item.expiresAt.toISOString(),
  });
}

export function publishLiveUpdate(pubsub: NewsPubSub, update: LiveUpdate): void {
  pubsub.publish(LIVE_UPDATE_TOPIC, liveStoryKey(update.articleId, update.locale), {
    ...update,
    createdAt: update.createdAt.toISOString(),
  });
}

export function reviveBreaking(event: BreakingEvent): BreakingItem {
  return { ...event, createdAt: new Date(event.createdAt), expiresAt: new Date(event.expiresAt) };
}

export function reviveLiveUpdate(event: LiveUpdateEvent): LiveUpdate {
  return { ...event, createdAt: new Date(event.createdAt) };
}
