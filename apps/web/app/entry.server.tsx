import { Writable } from "node:stream";
import type { RenderToPipeableStreamOptions } from "react-dom/server";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import type { EntryContext } from "react-router";
import { ServerRouter } from "react-router";
import { hydratedBy } from "./hydration.ts";
import { pageResponse } from "./page-response.server.ts";

/** For server.mjs: the text of a page rendered whole, which it writes to the socket itself. */
export { pageTextOf } from "./page-response.server.ts";

/** Loaders return their data whole (nothing deferred), so a page is either ready by then or failing. */
export const streamTimeout = 5_000;

/**
 * Renders the document as one body. Reader pages defer nothing and are not hydrated, so they
 * are rendered with `renderToString`: no stream, no byte-encoding of each chunk, and a render
 * error is thrown here, where React Router answers it with the error boundary's page. The desk,
 * which React Router hydrates, needs the streaming renderer for its loader data's script.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  // The same headers as GET, no body: https://httpwg.org/specs/rfc9110.html#HEAD
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  if (!hydratesPage(routerContext)) {
    // Without the loader-data stream: only <Scripts> reads it, and reader pages render none.
    const context = { ...routerContext, serverHandoffStream: undefined };
    const html = renderToString(<ServerRouter context={context} url={request.url} />);
    return pageResponse(`<!DOCTYPE html>${html}`, { status: responseStatusCode, headers: responseHeaders });
  }
  return renderWhole(request, responseStatusCode, responseHeaders, routerContext);
}

/** Whether a matched route runs as a React Router app in the browser (`handle.hydrate`, the desk). */
function hydratesPage(routerContext: EntryContext): boolean {
  return hydratedBy(
    routerContext.staticHandlerContext.matches.map(
      (match) => routerContext.routeModules[match.route.id]?.handle,
    ),
  );
}

/**
 * The streaming renderer, waited on until all of the document is ready and answered as one
 * buffer: one socket write, and a render error still becomes a 500 instead of a half-sent 200.
 */
function renderWhole(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
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
