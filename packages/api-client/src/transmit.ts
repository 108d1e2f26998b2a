import { type Dispatcher, request } from "undici";

/** An HTTP exchange with the API: the status and the JSON body, or null for a body that is not JSON. */
export interface SentRequest<Body> {
  status: number;
  body: Body | null;
}

export interface TransmitInit {
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
}

/**
 * Sends one request to the API and reads its JSON answer. With a `dispatcher` (a server's pool of
 * kept-alive connections to its API) it goes through undici's `request`, which skips the web
 * streams and Request/Response objects `fetch` builds for every exchange; without one, through
 * the global `fetch`, which the desk uses and which tests stub.
 */
export async function transmit<Body>(
  url: URL | string,
  init: TransmitInit,
  options: { signal?: AbortSignal; dispatcher?: Dispatcher },
): Promise<SentRequest<Body>> {
  const signal = options.signal ? { signal: options.signal } : {};
  if (options.dispatcher) {
    const response = await request(url, { ...init, ...signal, dispatcher: options.dispatcher });
    return { status: response.statusCode, body: await readJson<Body>(() => response.body.json()) };
  }
  const response = await fetch(url, { ...init, ...signal });
  return { status: response.status, body: await readJson<Body>(() => response.json()) };
}

async function readJson<Body>(read: () => Promise<unknown>): Promise<Body | null> {
  try {
    return (await read()) as Body;
  } catch {
    return null;
  }
}
