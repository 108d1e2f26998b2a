import { describe, expect, it } from "vitest";
import { DEVELOPMENT_PREVIEW_SECRET, EnvError, readEnv } from "./env.ts";

describe("readEnv: PREVIEW_SECRET", () => {
  it("defaults to the fixed development secret outside production, so dev instances agree", () => {
    expect(readEnv({}).PREVIEW_SECRET).toBe(DEVELOPMENT_PREVIEW_SECRET);
    expect(readEnv({ NODE_ENV: "test" }).PREVIEW_SECRET).toBe(DEVELOPMENT_PREVIEW_SECRET);
  });

  it("is required in production and must be long enough", () => {
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(
      /PREVIEW_SECRET: is required when NODE_ENV=production/,
    );
    expect(() => readEnv({ PREVIEW_SECRET: "short" })).toThrow(EnvError);
    const secret = "f".repeat(64);
    expect(readEnv({ NODE_ENV: "production", PREVIEW_SECRET: secret }).PREVIEW_SECRET).toBe(secret);
  });
});
