import { describe, expect, it } from "vitest";
import { EnvError, readEnv } from "./env.ts";

describe("readEnv: distribution settings", () => {
  it("defaults the public origin to the local reader app and purges nothing", () => {
    const env = readEnv({});
    expect(env.PUBLIC_ORIGIN).toBe("http://localhost:3000");
    expect(env.VARNISH_PURGE_URLS).toEqual([]);
  });

  it("reads a list of Varnish URLs and a public origin", () => {
    const env = readEnv({
      PUBLIC_ORIGIN: "https://news.example",
      VARNISH_PURGE_URLS: " http://10.0.0.5:8080, http://10.0.0.6:8080 ",
    });
    expect(env.PUBLIC_ORIGIN).toBe("https://news.example");
    expect(env.VARNISH_PURGE_URLS).toEqual(["http://10.0.0.5:8080", "http://10.0.0.6:8080"]);
  });

  it("names each bad value with what was expected", () => {
    expect(() => readEnv({ PUBLIC_ORIGIN: "news.example/path" })).toThrow(EnvError);
    expect(() => readEnv({ PUBLIC_ORIGIN: "https://news.example/en" })).toThrow(
      /PUBLIC_ORIGIN: must be an origin/,
    );
    expect(() => readEnv({ VARNISH_PURGE_URLS: "varnish:8080" })).toThrow(
      /VARNISH_PURGE_URLS: must be a comma-separated/,
    );
  });
});
