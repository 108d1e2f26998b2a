import type { Server } from "node:http";
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen } from "./server.ts";
import { createTestApp } from "./testing/test-app.ts";
import { LIMITS } from "./yoga.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
let server: Server;
let port: number;
beforeAll(async () => {
  t = await createTestApp();
  ({ server } = await listen(t.app, 0, "127.0.0.1"));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.close();
  await t.close();
});

function post(body: string, headers: Record<string, string>, chunked = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: "/graphql", method: "POST", headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    if (chunked) {
      req.write(body.slice(0, 10));
      req.write(body.slice(10));
    } else {
      req.write(body);
    }
    req.end();
  });
}

describe("listener", () => {
  const query = JSON.stringify({ query: "{ __typename }" });

  it("serves GraphQL over real HTTP", async () => {
    const status = await post(query, {
      "content-type": "application/json",
      "content-length": String(query.length),
    });
    expect(status).toBe(200);
  });

  it("refuses a body without a declared length (411) and one over the limit (413)", async () => {
    expect(
      await post(query, { "content-type": "application/json", "transfer-encoding": "chunked" }, true),
    ).toBe(411);
    const big = `{"query":"{ __typename }","x":"${"a".repeat(LIMITS.maxBodyBytes)}"}`;
    expect(
      await post(big, { "content-type": "application/json", "content-length": String(big.length) }),
    ).toBe(413);
  });
});
