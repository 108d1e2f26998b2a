/** An HTTP exchange with the API: the status and the JSON body, or null for a body that is not JSON. */
export interface SentRequest<Body> {
  status: number;
  body: Body | null;
}

export interface TransmitInit {
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** Sends one request to the API and reads its JSON answer: how `request` reaches the API. */
export type Transmit = <Body>(url: URL | string, init: TransmitInit) => Promise<SentRequest<Body>>;

/** Through the global `fetch`: what the desk and the relays use, and what tests stub. */
export const fetchTransmit: Transmit = async <Body>(url: URL | string, init: TransmitInit) => {
  const response = await fetch(url, init);
  return { status: response.status, body: await readJson<Body>(() => response.json()) };
};

/** The body as JSON, or null when it is not JSON (an error page from a proxy, say). */
export async function readJson<Body>(read: () => Promise<unknown>): Promise<Body | null> {
  try {
    return (await read()) as Body;
  } catch {
    return null;
  }
}
