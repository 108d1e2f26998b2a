import { Writable } from "node:stream";
import type { RenderToPipeableStreamOptions } from "react-dom/server";
import { renderToPipeableStream } from "react-dom/server";
import type { EntryContext } from "react-router";
import { ServerRouter } from "react-router";

/** Loaders return their data whole (nothing deferred), so a page is either ready by then or failing. */
export const streamTimeout = 5_000;

/**
 * Renders the document and answers once all of it is ready, as one body.
 *
 * React Router's default entry streams to browsers from `onShellReady`. Reader pages defer
 * nothing, so shell and document are ready at the same moment and streaming buys no earlier
 * byte; it only costs one socket write per flushed chunk plus a Node stream → web stream →
 * Node stream round trip per chunk. Waiting for `onAllReady` and collecting the chunks into one
 * buffer answers the same bytes with one write, and lets a render error still become a 500
 * instead of a half-sent 200.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  // https://httpwg.org/specs/rfc9110.html#HEAD
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }

  return new Promise<Response>((resolve, reject) => {
    let status = responseStatusCode;
    let shellFailed = false;
    const chunks: Uint8Array[] = [];
    const sink = new Writable({
      write(chunk: Uint8Array | string, _encoding, callback) {
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
        callback();
      },
      final(callback) {
        clearTimeout(timeout);
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        resolve(new Response(Buffer.concat(chunks), { status, headers: responseHeaders }));
        callback();
      },
    });
    const options: RenderToPipeableStreamOptions = {
      onAllReady() {
        if (!shellFailed) pipe(sink);
      },
      onShellError(error: unknown) {
        shellFailed = true;
        clearTimeout(timeout);
        // React Router logs it and renders the error boundary.
        reject(error);
      },
      onError(error: unknown) {
        status = 500;
        // A shell error is logged by React Router once it is rejected; log only the others.
        queueMicrotask(() => {
          if (!shellFailed) console.error(error);
        });
      },
    };
    const { pipe, abort } = renderToPipeableStream(
      <ServerRouter context={routerContext} url={request.url} />,
      options,
    );
    // Abort after `streamTimeout` so rejected boundaries still have a second to render their fallbacks.
    const timeout = setTimeout(() => abort(), streamTimeout + 1000);
  });
}
