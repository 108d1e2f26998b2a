import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";

describe("readEnv", () => {
  it("defaults the API to localhost:4000 and the port to 3000", () => {
    const env = readEnv({});
    expect(env.apiUrl.toString()).toBe("http://localhost:4000/graphql");
    expect(env.port).toBe(3000);
  });

  it("refuses an API_URL that is not an http(s) URL, naming the variable", () => {
    expect(() => readEnv({ API_URL: "not a url" })).toThrow(/API_URL: must be an absolute http/);
    expect(() => readEnv({ API_URL: "ftp://x/graphql" })).toThrow(/API_URL/);
  });

  it("reads the reader cache time, 5 s by default, and refuses nonsense", () => {
    expect(readEnv({}).readerCacheSeconds).toBe(5);
    expect(readEnv({ READER_CACHE_SECONDS: "0" }).readerCacheSeconds).toBe(0);
    expect(() => readEnv({ READER_CACHE_SECONDS: "-1" })).toThrow(/READER_CACHE_SECONDS/);
    expect(() => readEnv({ READER_CACHE_SECONDS: "soon" })).toThrow(/READER_CACHE_SECONDS/);
  });

  it("keeps only the origin of PUBLIC_ORIGIN, and without it uses localhost on the port, never a request's Host", () => {
    expect(readEnv({ PUBLIC_ORIGIN: "https://sahifa.example/x" }).publicOrigin).toBe(
      "https://sahifa.example",
    );
    expect(readEnv({ PORT: "3100" }).publicOrigin).toBe("http://localhost:3100");
    expect(() => readEnv({ PUBLIC_ORIGIN: "sahifa.example" })).toThrow(/PUBLIC_ORIGIN/);
  });

  it("refuses a port out of range", () => {
    expect(() => readEnv({ PORT: "70000" })).toThrow(/PORT: must be 0–65535/);
  });

  it("reads the newsroom's time zone, UTC by default, and names a zone it does not know", () => {
    expect(readEnv({}).timeZone).toBe("UTC");
    expect(readEnv({ NEWSROOM_TIME_ZONE: "Asia/Qatar" }).timeZone).toBe("Asia/Qatar");
    expect(() => readEnv({ NEWSROOM_TIME_ZONE: "Mars/Olympus" })).toThrow(/NEWSROOM_TIME_ZONE/);
  });
});
