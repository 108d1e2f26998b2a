import { describe, expect, it } from "vitest";
import {
  actionsFrom,
  canSaveRevision,
  canTransition,
  isOutdated,
  isReaderVisible,
  nextStatus,
  TRANSLATION_STATUSES,
} from "./workflow.ts";

describe("workflow transitions", () => {
  it("follows draft → in_review → published → archived", () => {
    expect(nextStatus("draft", "submit")).toBe("in_review");
    expect(nextStatus("in_review", "publish")).toBe("published");
    expect(nextStatus("published", "archive")).toBe("archived");
  });

  it("lets a reviewer send back, an editor unpublish, and an archive be reopened as a draft", () => {
    expect(nextStatus("in_review", "reject")).toBe("draft");
    expect(nextStatus("published", "unpublish")).toBe("draft");
    expect(nextStatus("archived", "unarchive")).toBe("draft");
  });

  it("refuses actions that do not apply", () => {
    expect(nextStatus("draft", "unpublish")).toBeNull();
    expect(nextStatus("published", "submit")).toBeNull();
    expect(nextStatus("archived", "publish")).toBeNull();
    expect(nextStatus("draft", "reject")).toBeNull();
    expect(canTransition("archived", "published")).toBe(false);
    expect(canTransition("draft", "published")).toBe(true);
  });

  it("lists the actions per status", () => {
    expect(actionsFrom("draft")).toEqual(["submit", "publish", "archive"]);
    expect(actionsFrom("in_review")).toEqual(["reject", "publish", "archive"]);
    expect(actionsFrom("published")).toEqual(["publish", "unpublish", "archive"]);
    expect(actionsFrom("archived")).toEqual(["unarchive"]);
  });

  it("allows saving revisions in every status but archived; readers see only published", () => {
    expect(TRANSLATION_STATUSES.filter(canSaveRevision)).toEqual(["draft", "in_review", "published"]);
    expect(TRANSLATION_STATUSES.filter(isReaderVisible)).toEqual(["published"]);
  });
});

describe("isOutdated", () => {
  it("is outdated once the source's published revision moves past the one translated", () => {
    expect(isOutdated({ sourceRevisionId: 10 }, 14)).toBe(true);
  });

  it("is current when translated from the published source revision or a newer draft of it", () => {
    expect(isOutdated({ sourceRevisionId: 14 }, 14)).toBe(false);
    expect(isOutdated({ sourceRevisionId: 15 }, 14)).toBe(false);
  });

  it("is never outdated for an original or an unpublished source", () => {
    expect(isOutdated({ sourceRevisionId: null }, 14)).toBe(false);
    expect(isOutdated({ sourceRevisionId: 10 }, null)).toBe(false);
  });
});
