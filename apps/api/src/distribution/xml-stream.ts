import { createCB } from "xmlbuilder2";

export type XmlWriter = ReturnType<typeof createCB>;

/**
 * An XML document as a byte stream, written with xmlbuilder2's chunked
 * builder (which escapes text and attributes). `render` writes nodes and
 * yields between batches; the stream asks for the next batch only when the
 * client has read the last one, so a slow reader holds one batch in memory,
 * not the document.
 */
export function xmlStream(render: (xml: XmlWriter) => AsyncIterable<unknown>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pending = "";
  const xml = createCB({
    data: (chunk: string) => {
      pending += chunk;
    },
    prettyPrint: false,
  });
  xml.dec({ version: "1.0", encoding: "UTF-8" });
  const batches = render(xml)[Symbol.asyncIterator]();
  const flush = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    if (pending === "") return;
    controller.enqueue(encoder.encode(pending));
    pending = "";
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const step = await batches.next();
        if (step.done) {
          xml.end();
          flush(controller);
          controller.close();
        } else {
          flush(controller);
        }
      } catch (error) {
        // The status line is gone by now: cutting the document short is the only honest signal left.
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return?.();
    },
  });
}

/** The whole document as one string (feeds and small documents; tests). */
export async function xmlText(render: (xml: XmlWriter) => AsyncIterable<unknown>): Promise<string> {
  return new Response(xmlStream(render)).text();
}
