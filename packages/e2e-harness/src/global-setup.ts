import type { TestProject } from "vitest/node";
import { type RunningServer, startApi } from "./servers.ts";

/**
 * A vitest global setup: one API on the demo newsroom for the whole run, then the apps
 * `startApps` starts against it. Tests read the URLs with `inject("apiUrl")` and the names
 * `startApps` returns (declare them in vitest's ProvidedContext).
 */
export function globalSetupWith(
  startApps: (apiUrl: string) => Promise<{ urls: Record<string, string>; servers: RunningServer[] }>,
  apiEnv: NodeJS.ProcessEnv = {},
) {
  return async function setup(project: TestProject) {
    const api = await startApi(apiEnv);
    let apps: Awaited<ReturnType<typeof startApps>>;
    try {
      apps = await startApps(api.url);
    } catch (error) {
      await api.stop();
      throw error;
    }
    // biome-ignore lint/suspicious/noExplicitAny: each app declares its own names in ProvidedContext.
    const provide = project.provide as (key: any, value: string) => void;
    provide("apiUrl", api.url);
    for (const [name, url] of Object.entries(apps.urls)) provide(name, url);
    return async () => {
      await Promise.allSettled(apps.servers.map((server) => server.stop()));
      await api.stop();
    };
  };
}
