import type { TestProject } from "vitest/node";
import { startServers } from "./servers.ts";

declare module "vitest" {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
  }
}

/** One API (demo newsroom) and one built web server for the whole end-to-end run. */
export default async function setup(project: TestProject) {
  const servers = await startServers();
  project.provide("webUrl", servers.webUrl);
  project.provide("apiUrl", servers.apiUrl);
  return async () => {
    await servers.stop();
  };
}
