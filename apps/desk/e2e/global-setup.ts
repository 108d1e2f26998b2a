import path from "node:path";
import { fileURLToPath } from "node:url";
import { globalSetupWith } from "@sahifa/e2e-harness/global-setup";
import { startBuiltApp } from "@sahifa/e2e-harness/servers";
import { startReaderStandIn } from "./reader-stand-in.ts";

declare module "vitest" {
  export interface ProvidedContext {
    apiUrl: string;
    deskUrl: string;
    readerUrl: string;
  }
}

const deskRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** One API on the demo newsroom and the BUILT desk (as `pnpm start` runs it) for the whole run. */
export default globalSetupWith(async (apiUrl) => {
  const reader = await startReaderStandIn();
  try {
    const desk = await startBuiltApp({
      name: "desk",
      cwd: deskRoot,
      nodeArgs: ["build/start/start.js"],
      // A zone ahead of UTC, so the desk's times are seen to be read and shown in it (note 051).
      env: { API_URL: apiUrl, READER_URL: reader.url, NEWSROOM_TIME_ZONE: "Asia/Qatar" },
    });
    return { urls: { deskUrl: desk.url, readerUrl: reader.url }, servers: [desk, reader] };
  } catch (error) {
    await reader.stop();
    throw error;
  }
});
