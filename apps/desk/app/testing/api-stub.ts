import { sentOperation } from "@sahifa/api-client/sent-operation";
import { vi } from "vitest";
import { sessionCookieHeader } from "../session/desk-session.server.ts";

/** A call the desk made to the API: the operation's name, its variables and the bearer it sent. */
export interface SentCall {
  operation: string;
  variables: Record<string, unknown>;
  authorization: string | undefined;
  /** The language the API was asked to answer in. */
  language: string | undefined;
}

/**
 * The API as the desk meets it: each operation (by name) answers its own data; records what
 * was sent. Undo with vi.unstubAllGlobals().
 */
export function stubApi(answers: Record<string, unknown>): SentCall[] {
  const sent: SentCall[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string | URL, init: RequestInit) => {
      const body = sentOperation(url, init);
      const operation = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? "";
      const headers = init.headers as Record<string, string>;
      sent.push({
        operation,
        variables: body.variables,
        authorization: headers.authorization,
        language: headers["accept-language"],
      });
      if (!(operation in answers)) throw new Error(`unexpected ${operation}`);
      return new Response(JSON.stringify({ data: answers[operation] }), {
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return sent;
}

/**
 * A request to a desk page from a browser signed in with the session token "token-1", and its
 * URL: the two route arguments the desk's loaders and actions read.
 */
export async function deskRequest(
  path: string,
  init: RequestInit = {},
): Promise<{ request: Request; url: URL }> {
  const url = new URL(`http://desk.test${path}`);
  const cookie = sessionCookieHeader(new Request(url), "token-1", null).split(";")[0] ?? "";
  return { request: new Request(url, { ...init, headers: { cookie } }), url };
}
