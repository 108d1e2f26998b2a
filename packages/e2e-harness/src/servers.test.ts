import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { freePort, startBuiltApp, startProcess } from "./servers.ts";

/** A tiny HTTP server in a child process: answers 200 on /healthz once it listens on PORT. */
const HEALTHY_SERVER = `
  require("node:http").createServer((req, res) => res.end(req.url)).listen(Number(process.env.PORT), "127.0.0.1");
  process.on("SIGTERM", () => process.exit(0));
`;

describe("freePort", () => {
  it("gives a port a server can listen on at once", async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", resolve);
    });
    server.close();
  });

  it("keeps to the range E2E_PORTS names and never gives one port twice", async () => {
    const saved = process.env.E2E_PORTS;
    process.env.E2E_PORTS = "4800-4849";
    try {
      const first = await freePort();
      const second = await freePort();
      expect(first).toBeGreaterThanOrEqual(4800);
      expect(second).toBeLessThanOrEqual(4849);
      expect(second).not.toBe(first);
      process.env.E2E_PORTS = "4850-4800";
      await expect(freePort()).rejects.toThrow(/E2E_PORTS must be a range of ports like 4800-4849/);
    } finally {
      if (saved === undefined) delete process.env.E2E_PORTS;
      else process.env.E2E_PORTS = saved;
    }
  });
});

describe("startProcess", () => {
  it("names the process and shows its output when it dies before it is healthy", async () => {
    await expect(
      startProcess({
        name: "broken",
        command: process.execPath,
        args: ["-e", 'console.error("API_URL is not a URL"); process.exit(3)'],
        cwd: process.cwd(),
        env: {},
        healthUrl: `http://127.0.0.1:${await freePort()}/healthz`,
        timeoutMs: 10_000,
      }),
    ).rejects.toThrow(/broken exited with code 3[\s\S]*--- broken log ---[\s\S]*API_URL is not a URL/);
  });
});

describe("startBuiltApp", () => {
  it("starts an app in production mode on a free port of 127.0.0.1 and stops it", async () => {
    const app = await startBuiltApp({ name: "tiny", cwd: process.cwd(), nodeArgs: ["-e", HEALTHY_SERVER] });
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${app.url}/healthz`)).text()).toBe("/healthz");
    await app.stop();
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
  });
});
