import "./load-context.ts";
import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { type AppLoadContext, type EntryContext, ServerRouter } from "react-router";

/** How long a page may wait for deferred data before React sends what it has. */
export const streamTimeout = 5_000;

/**
 * React Router's streaming render, with the response's CSP nonce on every script it writes:
 * the router's own (hydration data, route modules, modulepreload links, scroll restoration)
 * through `ServerRouter`, React's streaming scripts through `renderToPipeableStream`.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  if (request.method === "HEAD")
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  const nonce = loadContext.cspNonce;
  const userAgent = request.headers.get("user-agent");
  // Crawlers and SPA renders get the whole page at once; browsers get the shell as soon as it is ready.
  const waitForAll = (userAgent !== null && isbot(userAgent)) || routerContext.isSpaMode;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const onReady = () => {
      shellRendered = true;
      const body = new PassThrough({
        final(callback) {
          clearTimeout(timeout);
          callback();
        },
      });
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      pipe(body);
      resolve(
        new Response(createReadableStreamFromReadable(body), {
          headers: responseHeaders,
          status: responseStatusCode,
        }),
      );
    };
    const { pipe, abort } = renderToPipeableStream(
      <ServerRouter context={routerContext} url={request.url} nonce={nonce} />,
      {
        nonce,
        ...(waitForAll ? { onAllReady: onReady } : { onShellReady: onReady }),
        onShellError: reject,
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors before the shell reach React Router, which logs them; later ones only come here.
          if (shellRendered) console.error(error);
        },
      },
    );
    // Rejected boundaries need a moment after the stream timeout to be flushed.
    timeout = setTimeout(abort, streamTimeout + 1000);
  });
}
