import { globalSetupWith } from "@sahifa/e2e-harness/global-setup";
import { startWeb } from "./servers.ts";

declare module "vitest" {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
  }
}

/** One API (demo newsroom) and the built reader app for the whole end-to-end run. */
export default globalSetupWith(async (apiUrl) => {
  const web = await startWeb(apiUrl);
  return { urls: { webUrl: web.url }, servers: [web] };
});
