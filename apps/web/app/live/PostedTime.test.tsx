import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PostedTime } from "./PostedTime.tsx";
import { postedAgo } from "./posted-ago.ts";

const POSTED = "2026-12-07T10:00:00.000Z";
const minutesLater = (minutes: number) => Date.parse(POSTED) + minutes * 60_000;
const render = (locale: "en" | "ar" | "es", now: number | null, ago?: string) =>
  renderToString(<PostedTime postedAt={POSTED} label="10:00" ago={ago} locale={locale} now={now} />);

describe("PostedTime", () => {
  it("renders the absolute time until the browser has a clock when the server gave no words", () => {
    expect(render("en", null)).toBe('<time dateTime="2026-12-07T10:00:00.000Z">10:00</time>');
  });

  it("shows the server's words until the browser has a clock, as its clock would at that moment", () => {
    const renderedAt = minutesLater(12);
    for (const locale of ["en", "ar", "es"] as const) {
      expect(render(locale, null, postedAgo(POSTED, locale, renderedAt))).toBe(render(locale, renderedAt));
    }
    expect(render("en", null, "12 minutes ago")).toBe(
      '<time dateTime="2026-12-07T10:00:00.000Z" title="10:00">12 minutes ago</time>',
    );
  });

  it("says how long ago in each edition's words, the absolute time kept as a title", () => {
    expect(render("en", minutesLater(12))).toContain(">12 minutes ago<");
    expect(render("en", minutesLater(12))).toContain('title="10:00"');
    expect(render("es", minutesLater(12))).toContain(">hace 12 minutos<");
    expect(render("en", minutesLater(60))).toContain(">1 hour ago<");
  });

  it("uses every Arabic plural form", () => {
    const arabic = (minutes: number) =>
      /<time[^>]*>([^<]*)<\/time>/.exec(render("ar", minutesLater(minutes)))?.[1];
    expect(arabic(1)).toBe("قبل دقيقة واحدة");
    expect(arabic(2)).toBe("قبل دقيقتين");
    expect(arabic(3)).toBe("قبل 3 دقائق");
    expect(arabic(11)).toBe("قبل 11 دقيقة");
    expect(arabic(0)).toBe("الآن");
  });

  it("never says 'in a minute' when the reader's clock is behind the newsroom's", () => {
    expect(render("en", minutesLater(-2))).toContain(">now<");
  });
});
