import type { BodyBlock } from "@sahifa/domain/blocks";
import { describe, expect, it } from "vitest";
import { slotFieldName } from "../editor/block-slots.ts";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { BlockTextFields } from "./BlockTextFields.tsx";

const paragraph: BodyBlock = {
  type: "paragraph",
  content: [{ text: "El río subió " }, { text: "medio metro", marks: ["bold"] }, { text: "." }],
};

describe("BlockTextFields", () => {
  it("offers a paragraph run by run before JavaScript, as fields the form posts", () => {
    const html = renderDesk(
      "es",
      <BlockTextFields index={0} target={paragraph} targetLocale="es" readOnly={false} errors={[]} />,
      "/es",
    );
    expect(tagsWith(html, `name="${slotFieldName(0, "content[1].text")}"`)).toHaveLength(1);
    expect(html).not.toContain('role="toolbar"');
  });

  it("makes a paragraph one rich-text field once hydrated, with its errors under it", () => {
    const html = renderDesk(
      "ar",
      <BlockTextFields
        index={0}
        target={paragraph}
        targetLocale="es"
        readOnly={false}
        errors={[
          { field: "content[1].href", blockIndex: 0, blockType: "paragraph", message: "Enlace rechazado." },
        ]}
        onBlockChange={() => {}}
      />,
      "/ar",
    );
    expect(html).not.toContain('name="block.0.content');
    // The formatting tools speak the desk's language; the field itself is mounted in the browser.
    expect(html).toContain('role="toolbar" aria-label="التنسيق"');
    expect(html).toContain(">عريض<");
    expect(html).toContain("Enlace rechazado.");
    expect(html).not.toContain("validation.inBlock");
  });
});
