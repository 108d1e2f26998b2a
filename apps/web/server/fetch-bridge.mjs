// Node's HTTP objects to the Fetch API's and back: React Router answers a `Request` with a
// `Response`, node:http hands us an IncomingMessage and a ServerResponse. Written here rather
// than taken from @react-router/express (express's request pipeline and the access logger
// were 8 % of the server's CPU per page) or @react-router/node's listener (which crashed the
// process when a reader closed a live-events stream: see README, "Reader editions").
import { createReadableStreamFromReadable } from "@react-router/node";

/** A Host header that is a host name or address with an optional port, and nothing else. */
const PLAIN_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The Fetch `Request` for a Node request. Its signal aborts when the client goes away before
 * the answer is complete, so work done for it (an upstream live subscription) stops too.
 * Throws a TypeError when the request target cannot make a URL (an absolute-form target such
 * as `GET http://elsewhere/`): the caller answers 400.
 *
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @returns {Request}
 */
export function toFetchRequest(req, res) {
  const host = req.headers.host && PLAIN_HOST.test(req.headers.host) ? req.headers.host : "localhost";
  const protocol = "encrypted" in req.socket && req.socket.encrypted ? "https" : "http";
  if (!req.url?.startsWith("/")) throw new TypeError(`not an origin-form request target: ${req.url}`);
  const url = `${protocol}://${host}${req.url}`;

  /** @type {AbortController | null} */
  let controller = new AbortController();
  res.once("finish", () => {
    controller = null;
  });
  res.once("close", () => controller?.abort());

  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(/** @type {string} */ (raw[i]), raw[i + 1] ?? "");

  const method = req.method ?? "GET";
  /** @type {RequestInit & { duplex?: "half" }} */
  const init = { method, headers, signal: controller.signal };
  if (method !== "GET" && method !== "HEAD") {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = "half";
  }
  return new Request(url, init);
}

/**
 * Writes a Fetch `Response` to a Node response: status, headers (each Set-Cookie kept on its
 * own), then the body as it comes, so a live-events stream reaches the reader event by event.
 * A reader who leaves mid-body cancels the body's stream; an upstream that fails mid-body
 * ends the connection (the status line is already sent). When the caller already has the
 * body as text (a page rendered whole), that text is written instead of reading the stream:
 * the socket encodes it once.
 *
 * @param {import("node:http").ServerResponse} res
 * @param {Response} response
 * @param {string} [bodyText] the body, as text, when the caller has it
 * @returns {Promise<void>}
 */
export async function sendFetchResponse(res, response, bodyText) {
  if (res.destroyed) {
    await response.body?.cancel();
    return;
  }
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) {
    if (name !== "set-cookie") res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  if (!response.body) {
    res.end();
    return;
  }
  if (bodyText !== undefined) {
    // Measured once here; without it the compression middleware and Node would each measure it.
    res.setHeader("content-length", Buffer.byteLength(bodyText));
    res.end(bodyText);
    return;
  }
  if (/text\/event-stream/i.test(response.headers.get("content-type") ?? "")) res.flushHeaders();
  await writeBody(res, response.body);
}

/**
 * @param {import("node:http").ServerResponse} res
 * @param {ReadableStream<Uint8Array>} body
 */
async function writeBody(res, body) {
  const reader = body.getReader();
  const cancel = () => {
    reader.cancel().catch(() => {});
  };
  res.once("close", cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) return;
      if (!res.write(value)) await drained(res);
    }
    if (!res.destroyed) res.end();
  } catch {
    // The body's stream failed: aborted because the reader left, or its upstream broke off.
    // Either way nothing more can be sent on this response.
    res.destroy();
  } finally {
    res.off("close", cancel);
  }
}

/**
 * Resolves when the socket can take more, or is gone.
 *
 * @param {import("node:http").ServerResponse} res
 * @returns {Promise<void>}
 */
function drained(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}
