import { type Dispatcher, request } from "undici";
import { readJson, type SentRequest, type Transmit, type TransmitInit } from "./transmit.ts";

/**
 * Through a pool of kept-alive connections of undici's (a server's pool to its API): undici's
 * `request` skips the web streams and Request/Response objects `fetch` builds for every
 * exchange. A module of its own, so that only the servers that choose it load undici.
 */
export function undiciTransmit(dispatcher: Dispatcher): Transmit {
  return async <Body>(url: URL | string, init: TransmitInit): Promise<SentRequest<Body>> => {
    const response = await request(url, { ...init, dispatcher });
    return { status: response.statusCode, body: await readJson<Body>(() => response.body.json()) };
  };
}
