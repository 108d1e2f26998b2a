import { describe, expect, it } from "vitest";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { LiveStoryList } from "./LiveStoryList.tsx";

describe("LiveStoryList", () => {
  it("links each story in each edition to its page, the title in the story's direction", () => {
    const html = renderDesk(
      "en",
      <LiveStoryList
        ui="en"
        current={{ articleId: 1066, locale: "ar" }}
        stories={[
          { articleId: 1066, locale: "en", title: "Live: storm", lastUpdateAt: null },
          { articleId: 1066, locale: "ar", title: "مباشر: عاصفة", lastUpdateAt: "2026-11-24T11:40:00Z" },
        ]}
      />,
    );
    const links = tagsWith(html, "<a ");
    expect(links[0]).toContain('href="/en/live?article=1066&amp;edition=en"');
    expect(links[1]).toContain('dir="rtl"');
    expect(links[1]).toContain('aria-current="page"');
    expect(html).toContain("No updates yet.");
    expect(html).toContain("Last update 24 Nov 2026, 11:40");
  });

  it("says when there is nothing to write in", () => {
    expect(renderDesk("ar", <LiveStoryList ui="ar" current={null} stories={[]} />)).toContain(
      "لا توجد تغطية مباشرة منشورة في نسخك.",
    );
  });
});
