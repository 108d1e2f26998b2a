import { afterEach, describe, expect, it, vi } from "vitest";
import { graphql } from "./graphql.ts";
import { clearReaderCache, readerQuery, viewOf } from "./reader-query.server.ts";

const Query = graphql(`
  query TestBreaking($locale: Locale!) {
    breaking(locale: $locale) { id }
  }
`);

function answer(body: unknown) {
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
}

afterEach(() => {
  clearReaderCache();
  vi.unstubAllGlobals();
});

describe("readerQuery", () => {
  it("asks the API once for concurrent and repeated identical queries within the TTL", async () => {
    const fetchMock = vi.fn(async () => answer({ data: { breaking: [{ id: "1" }] } }));
    vi.stubGlobal("fetch", fetchMock);
    const results = await Promise.all([
      readerQuery(Query, { locale: "en" }, 10_000),
      readerQuery(Query, { locale: "en" }, 10_000),
    ]);
    await readerQuery(Query, { locale: "en" }, 10_000);
    expect(results[0]).toEqual({ breaking: [{ id: "1" }] });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await readerQuery(Query, { locale: "ar" }, 10_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("never keeps an error, and does not cache at all with a TTL of 0", async () => {
    const fetchMock = vi
      .fn()
      .mockImplementationOnce(async () => answer({ errors: [{ message: "boom" }] }))
      .mockImplementation(async () => answer({ data: { breaking: [] } }));
    vi.stubGlobal("fetch", fetchMock);
    await expect(readerQuery(Query, { locale: "en" }, 10_000)).rejects.toThrow("boom");
    await expect(readerQuery(Query, { locale: "en" }, 10_000)).resolves.toEqual({ breaking: [] });
    await readerQuery(Query, { locale: "es" }, 0);
    await readerQuery(Query, { locale: "es" }, 0);
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });
});

describe("readerQuery after the TTL", () => {
  it("serves the old answer once while one request refreshes it, then the new one", async () => {
    let version = 0;
    const fetchMock = vi.fn(async () => {
      version++;
      return answer({ data: { breaking: [{ id: String(version) }] } });
    });
    vi.stubGlobal("fetch", fetchMock);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      expect(await readerQuery(Query, { locale: "en" }, 1_000)).toEqual({ breaking: [{ id: "1" }] });
      vi.setSystemTime(Date.now() + 1_500);
      const during = await Promise.all([
        readerQuery(Query, { locale: "en" }, 1_000),
        readerQuery(Query, { locale: "en" }, 1_000),
      ]);
      expect(during).toEqual([{ breaking: [{ id: "1" }] }, { breaking: [{ id: "1" }] }]);
      await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      await new Promise((resolve) => setImmediate(resolve));
      expect(await readerQuery(Query, { locale: "en" }, 1_000)).toEqual({ breaking: [{ id: "2" }] });
      vi.setSystemTime(Date.now() + 5_000);
      expect(await readerQuery(Query, { locale: "en" }, 1_000)).toEqual({ breaking: [{ id: "3" }] });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("viewOf", () => {
  it("maps one cached answer once per kind, and a new answer again", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => answer({ data: { breaking: [{ id: "1" }] } })),
    );
    const toView = vi.fn((data: { breaking: Array<{ id: string }> }) => data.breaking.map((item) => item.id));
    const first = viewOf(await readerQuery(Query, { locale: "en" }, 10_000), "ids", toView);
    const second = viewOf(await readerQuery(Query, { locale: "en" }, 10_000), "ids", toView);
    expect(second).toBe(first);
    expect(toView).toHaveBeenCalledTimes(1);
    viewOf(await readerQuery(Query, { locale: "en" }, 10_000), "count", (data) => data.breaking.length);
    clearReaderCache();
    const fresh = viewOf(await readerQuery(Query, { locale: "en" }, 10_000), "ids", toView);
    expect(fresh).toEqual(["1"]);
    expect(fresh).not.toBe(first);
    expect(toView).toHaveBeenCalledTimes(2);
  });
});
