import { describe, expect, it } from "vitest";
import { lastUpdate } from "./article-updated.ts";

const published = "2026-12-07T09:00:00.000Z";

describe("lastUpdate", () => {
  it("is null for an article published once and never corrected", () => {
    expect(lastUpdate(published, published, [])).toBeNull();
  });

  it("ignores a republish within a minute of the first publication", () => {
    expect(lastUpdate(published, "2026-12-07T09:00:40.000Z", [])).toBeNull();
  });

  it("is the republish time past the minute's grace", () => {
    expect(lastUpdate(published, "2026-12-07T10:15:00.000Z", [])).toBe("2026-12-07T10:15:00.000Z");
  });

  it("counts a correction at once, even seconds after publication", () => {
    const notes = [{ createdAt: "2026-12-07T09:00:30.000Z" }];
    expect(lastUpdate(published, published, notes)).toBe("2026-12-07T09:00:30.000Z");
  });

  it("takes the latest of a republish and the notes", () => {
    const notes = [{ createdAt: "2026-12-07T11:00:00.000Z" }, { createdAt: "2026-12-07T09:30:00.000Z" }];
    expect(lastUpdate(published, "2026-12-07T10:15:00.000Z", notes)).toBe("2026-12-07T11:00:00.000Z");
    expect(lastUpdate(published, "2026-12-07T12:00:00.000Z", notes)).toBe("2026-12-07T12:00:00.000Z");
  });
});
