import { describe, expect, it } from "vitest";
import { readEnv } from "./env.server.ts";

describe("readEnv", () => {
  it("defaults the API to localhost:4000", () => {
    expect(readEnv({}).apiUrl.toString()).toBe("http://localhost:4000/graphql");
  });

  it("refuses an API_URL that is not an http(s) URL, naming the variable", () => {
    expect(() => readEnv({ API_URL: "not a url" })).toThrow(/API_URL/);
    expect(() => readEnv({ API_URL: "ftp://x/graphql" })).toThrow(/API_URL/);
  });

  it("reads the reader cache time, 5 s by default, and refuses nonsense", () => {
    expect(readEnv({}).readerCacheSeconds).toBe(5);
    expect(readEnv({ READER_CACHE_SECONDS: "0" }).readerCacheSeconds).toBe(0);
    expect(() => readEnv({ READER_CACHE_SECONDS: "-1" })).toThrow(/READER_CACHE_SECONDS/);
    expect(() => readEnv({ READER_CACHE_SECONDS: "soon" })).toThrow(/READER_CACHE_SECONDS/);
  });

  it("keeps only the origin of PUBLIC_ORIGIN", () => {
    expect(readEnv({ PUBLIC_ORIGIN: "https://sahifa.example/x" }).publicOrigin).toBe(
      "https://sahifa.example",
    );
  });
});
