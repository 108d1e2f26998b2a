import { describe, expect, it } from "vitest";
import { portraitOf } from "../data/listing.ts";
import type { ListingView } from "../model/listing.ts";
import { renderInEdition } from "../testing/render.tsx";
import { ListingPage } from "./ListingPage.tsx";

const portrait = (format: string, width: number) => ({
  url: `/media/r/abc/square-${width}.${format.toLowerCase()}`,
  width,
  height: width,
  format,
});

const author: ListingView = {
  title: "ليلى حداد",
  description: "مراسلة الشؤون السياسية في شمال أفريقيا، مقيمة في تونس.",
  related: [],
  items: [],
  nextCursor: null,
  previousCursor: null,
  profile: {
    role: "مراسلة في تونس",
    photo: portraitOf({
      alt: "ليلى حداد في مكتب تونس",
      portrait: [portrait("AVIF", 160), portrait("WEBP", 160), portrait("JPEG", 160), portrait("JPEG", 320)],
    }),
  },
};

describe("an author's page", () => {
  it("shows the role and the portrait beside the bio, the portrait sized and in every format", () => {
    const html = renderInEdition(
      "ar",
      <ListingPage listing={author} eyebrow="كاتب" path="/ar/author/layla" />,
    );
    const profile = html.slice(html.indexOf('data-testid="author-profile"'));
    expect(profile).toContain("مراسلة في تونس");
    expect(profile).toContain("مراسلة الشؤون السياسية");
    expect(profile).toMatch(
      /<img src="\/media\/r\/abc\/square-320\.jpeg" srcSet="\/media\/r\/abc\/square-160\.jpeg 160w, \/media\/r\/abc\/square-320\.jpeg 320w" sizes="8rem" width="320" height="320" alt="ليلى حداد في مكتب تونس"/,
    );
    expect(profile).toContain(
      '<source type="image/avif" srcSet="/media/r/abc/square-160.avif 160w" sizes="8rem"/>',
    );
    // Before the stories, once.
    expect(html.match(/مراسلة الشؤون السياسية/g)).toHaveLength(1);
  });

  it("shows the bio alone when the author has no role or photo, and no portrait for a drawing without renditions", () => {
    expect(portraitOf({ alt: "x", portrait: [] })).toBeNull();
    const html = renderInEdition(
      "en",
      <ListingPage
        listing={{
          ...author,
          title: "Layla Haddad",
          description: "Politics correspondent.",
          profile: { role: null, photo: null },
        }}
        eyebrow="Author"
        path="/en/author/layla"
      />,
    );
    expect(html).toContain("Politics correspondent.");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("author-role");
  });
});
