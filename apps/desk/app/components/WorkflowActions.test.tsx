import { describe, expect, it } from "vitest";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { WorkflowActions } from "./WorkflowActions.tsx";

describe("WorkflowActions", () => {
  it("names the revision on screen in every status change it posts", () => {
    const html = renderDesk(
      "es",
      <WorkflowActions
        actions={["editDraft", "submit", "publish"]}
        headRevisionId={31}
        blockedBySave={false}
      />,
    );
    const heads = tagsWith(html, 'name="headRevisionId"');
    expect(heads).toHaveLength(2);
    for (const head of heads) expect(head).toContain('value="31"');
  });
});
