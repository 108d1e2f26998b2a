import { prepareTestDatabases } from "./testing.ts";

/** Vitest globalSetup: `test: { globalSetup: ["@sahifa/db/testing/global-setup"] }` in any package's config. */
export default async function setup(): Promise<void> {
  await prepareTestDatabases();
}
