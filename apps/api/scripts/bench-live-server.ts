import { connect } from "@sahifa/db/connect";
import { createNewsPubSub } from "../src/pubsub.ts";
import { listen } from "../src/server.ts";
import { createApp } from "../src/yoga.ts";

/** One API instance for `pnpm bench:live`: real PostgreSQL schema, Redis pub/sub, a random port. */
const connection = await connect({
  databaseUrl: process.env.DATABASE_URL,
  schema: process.env.BENCH_SCHEMA,
  poolSize: 5,
});
const live = await createNewsPubSub({ redisUrl: process.env.REDIS_URL });
const { server } = await listen(createApp({ db: connection.db, pubsub: live.pubsub }), 0, "127.0.0.1");
const address = server.address();
console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 }));
process.on("SIGTERM", () => {
  server.closeAllConnections();
  void Promise.allSettled([live.close(), connection.close()]).finally(() => process.exit(0));
});
