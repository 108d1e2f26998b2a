import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createReaderApi } from "./reader-api.ts";

const api = (cacheSeconds: number) =>
  createReaderApi({ apiUrl: new URL("http://127.0.0.1:9/graphql"), cacheSeconds });

describe("ReaderApi.cached", () => {
  it("loads once for concurrent requests of one key and serves the view while fresh", async () => {
    const reader = api(60);
    let loads = 0;
    const load = async () => ({ n: ++loads });
    const [a, b] = await Promise.all([reader.cached("k", load), reader.cached("k", load)]);
    expect(a).toEqual({ n: 1 });
    expect(b).toBe(a);
    expect(await reader.cached("k", load)).toBe(a);
    expect(loads).toBe(1);
  });

  it("serves the old view once it ages while one request refreshes it", async () => {
    const reader = api(0.05);
    let loads = 0;
    const load = async () => {
      await sleep(20);
      return { n: ++loads };
    };
    expect(await reader.cached("k", load)).toEqual({ n: 1 });
    await sleep(60);
    // Ageing: the answer is immediate and old; the refresh happens behind it.
    expect(await reader.cached("k", load)).toEqual({ n: 1 });
    await sleep(40);
    expect(await reader.cached("k", load)).toEqual({ n: 2 });
  });

  it("does not keep a failure", async () => {
    const reader = api(60);
    await expect(reader.cached("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await reader.cached("k", async () => ({ ok: true }))).toEqual({ ok: true });
  });

  it("with the cache off, loads every time", async () => {
    const reader = api(0);
    let loads = 0;
    const load = async () => ({ n: ++loads });
    await reader.cached("k", load);
    await reader.cached("k", load);
    expect(loads).toBe(2);
  });
});
