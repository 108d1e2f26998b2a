/**
 * A page rendered whole, as a `Response` for React Router and as text for the web server.
 *
 * React Router's handler answers with a `Response`; giving it the page's bytes costs an encoding
 * of the whole page, and reading them back out of the Response's stream another round of stream
 * machinery: together about 6 % of the server's CPU for an article page. The web server
 * (`server.mjs`) asks `pageTextOf` for the text instead and hands it to the socket, which encodes
 * it once on the way out. Anyone else who reads the body gets the same page: its bytes are made
 * when the body is first read.
 */
const pageTexts = new WeakMap<Response, string>();

export function pageResponse(html: string, init: ResponseInit): Response {
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        controller.enqueue(Buffer.from(html));
        controller.close();
      },
    },
    // Nothing is made until the body is read.
    { highWaterMark: 0 },
  );
  const response = new Response(body, init);
  pageTexts.set(response, html);
  return response;
}

/** The text of a response made by `pageResponse`, unread; undefined for any other response. */
export function pageTextOf(response: Response): string | undefined {
  return response.bodyUsed ? undefined : pageTexts.get(response);
}
