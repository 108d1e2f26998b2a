import { describe, expect, it } from "vitest";
import { createSignInThrottle, SIGN_IN_LIMITS } from "./sign-in-throttle.ts";

describe("createSignInThrottle: attempts per client", () => {
  it("refuses a client past the default allowance, whatever the emails", async () => {
    const throttle = createSignInThrottle();
    for (let i = 0; i < SIGN_IN_LIMITS.perClient.points; i++) {
      expect((await throttle.reserve(`person${i}@example.org`, "10.0.0.1")).kind).toBe("reserved");
    }
    const refused = await throttle.reserve("another@example.org", "10.0.0.1");
    expect(refused).toMatchObject({ kind: "refused", by: "client" });
    expect((await throttle.reserve("another@example.org", "10.0.0.2")).kind).toBe("reserved");
  });

  it("takes a larger allowance for an office that signs in from one address", async () => {
    const throttle = createSignInThrottle({}, 50);
    for (let i = 0; i < 50; i++) {
      expect((await throttle.reserve(`person${i}@example.org`, "10.0.0.1")).kind).toBe("reserved");
    }
    expect(await throttle.reserve("one-more@example.org", "10.0.0.1")).toMatchObject({ by: "client" });
  });
});
