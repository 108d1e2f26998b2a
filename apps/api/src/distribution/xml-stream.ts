import { XMLBuilder } from "fast-xml-parser";

/**
 * XML written with fast-xml-parser's builder, which escapes text and
 * attribute values (&, <, >, quotes); non-ASCII text (Arabic) is kept as is.
 * Objects follow its convention: `@name` attributes, `#text` text beside
 * attributes, arrays for repeated elements.
 */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  processEntities: true,
  suppressEmptyNode: true,
});

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** One element or a run of sibling elements, as XML text. */
export function xmlFragment(elements: Record<string, unknown>): string {
  return builder.build(elements);
}

/**
 * A document as a byte stream: `open` (declaration and root start tag),
 * then each fragment `fragments` yields, then `close`. The next fragment is
 * produced only when the client has read the last one, so a slow reader
 * holds one batch in memory, not the document.
 */
export function xmlStream(
  open: string,
  fragments: AsyncIterable<string>,
  close: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = fragments[Symbol.asyncIterator]();
  let opened = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!opened) {
        opened = true;
        controller.enqueue(encoder.encode(open));
        return;
      }
      try {
        const step = await iterator.next();
        if (step.done) {
          controller.enqueue(encoder.encode(close));
          controller.close();
        } else {
          controller.enqueue(encoder.encode(step.value));
        }
      } catch (error) {
        // The status line is gone by now: cutting the document short is the only honest signal left.
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** A whole small document (a feed) as a stream. */
export function xmlDocument(root: Record<string, unknown>): ReadableStream<Uint8Array> {
  return xmlStream(XML_DECLARATION, once(xmlFragment(root)), "");
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}
