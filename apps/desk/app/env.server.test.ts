import { describe, expect, it } from "vitest";
import { EnvError, readEnv } from "./env.server.ts";

describe("readEnv", () => {
  it("defaults to port 3001, the local API and the local reader editions", () => {
    const env = readEnv({});
    expect(env.PORT).toBe(3001);
    expect(env.API_URL.href).toBe("http://localhost:4000/graphql");
    expect(env.READER_URL).toBe("http://localhost:3000");
    expect(env.NEWSROOM_TIME_ZONE).toBe("UTC");
  });

  it("reads the newsroom's time zone by its canonical name and refuses an unknown one", () => {
    expect(readEnv({ NEWSROOM_TIME_ZONE: "asia/qatar" }).NEWSROOM_TIME_ZONE).toBe("Asia/Qatar");
    expect(() => readEnv({ NEWSROOM_TIME_ZONE: "Mars/Olympus" })).toThrow(
      /NEWSROOM_TIME_ZONE: NEWSROOM_TIME_ZONE must be an IANA time zone/,
    );
  });

  it("keeps the reader origin only, and names each bad value", () => {
    expect(readEnv({ READER_URL: "https://news.example/some/path" }).READER_URL).toBe("https://news.example");
    expect(() => readEnv({ API_URL: "ftp://x", PORT: "70000" })).toThrow(EnvError);
    expect(() => readEnv({ API_URL: "not a url" })).toThrow(/API_URL: must be an absolute http\(s\) URL/);
    expect(() => readEnv({ PORT: "70000" })).toThrow(/PORT: must be 0–65535/);
  });
});
