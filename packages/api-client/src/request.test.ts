import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Agent } from "undici";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { documentId, documentText } from "./document-id.ts";
import { graphql } from "./graphql.ts";
import { ApiError, request } from "./request.ts";
import { undiciTransmit } from "./undici-transmit.ts";

const Health = graphql(`query Health { __typename }`);
const SignOut = graphql(`mutation SignOut { signOut }`);
const Search = graphql(`query Search($query: String!) { search(locale: en, query: $query) { totalCount } }`);

let server: Server;
let endpoint: string;
let answers: Array<{ status: number; body: string }>;
let received: Array<{ method: string; url: URL; body: string; headers: Record<string, unknown> }>;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({
        method: req.method ?? "",
        url: new URL(req.url ?? "/", endpoint),
        body,
        headers: req.headers,
      });
      const answer = answers.shift() ?? { status: 500, body: "no answer queued" };
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
const pool = new Agent();
afterAll(async () => {
  await pool.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  answers = [];
  received = [];
});

const unknownDocument = {
  status: 400,
  body: JSON.stringify({
    errors: [{ message: "unknown", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
  }),
};

// The same exchanges through both transports (transmit.ts, undici-transmit.ts): the global fetch and an undici pool.
describe.each([
  { transport: "fetch", transmit: undefined },
  { transport: "an undici pool", transmit: undiciTransmit(pool) },
])("request through $transport", ({ transmit }) => {
  const endpointOptions = () => ({ endpoint, ...(transmit ? { transmit } : {}) });

  it("sends a query by its trusted-document id as a GET with the CSRF header, and returns data", async () => {
    answers.push({ status: 200, body: JSON.stringify({ data: { __typename: "Query" } }) });
    const data = await request(Health, {}, { ...endpointOptions(), headers: { authorization: "Bearer t" } });
    expect(data).toEqual({ __typename: "Query" });
    const [sent] = received;
    expect(sent?.method).toBe("GET");
    expect(sent?.url.searchParams.get("query")).toBeNull();
    expect(JSON.parse(sent?.url.searchParams.get("extensions") ?? "")).toEqual({
      persistedQuery: { version: 1, sha256Hash: documentId(Health) },
    });
    expect(documentId(Health)).toMatch(/^[0-9a-f]{64}$/);
    expect(sent?.headers["x-graphql-yoga-csrf"]).toBe("1");
    expect(sent?.headers.authorization).toBe("Bearer t");
  });

  it("sends a mutation by id as a POST", async () => {
    answers.push({ status: 200, body: JSON.stringify({ data: { signOut: true } }) });
    await request(SignOut, {}, endpointOptions());
    expect(received[0]?.method).toBe("POST");
    expect(JSON.parse(received[0]?.body ?? "")).toEqual({
      variables: {},
      extensions: { persistedQuery: { version: 1, sha256Hash: documentId(SignOut) } },
    });
  });

  it("POSTs a query by id when its variables would make the URL too long for proxies", async () => {
    answers.push({ status: 200, body: JSON.stringify({ data: { search: { totalCount: 0 } } }) });
    await request(Search, { query: "قصة ".repeat(500) }, endpointOptions());
    expect(received[0]?.method).toBe("POST");
    expect(JSON.parse(received[0]?.body ?? "").extensions.persistedQuery.sha256Hash).toBe(documentId(Search));
  });

  it("sends the full text when the API does not know the id", async () => {
    answers.push(unknownDocument, { status: 200, body: JSON.stringify({ data: { __typename: "Query" } }) });
    expect(await request(Health, {}, endpointOptions())).toEqual({ __typename: "Query" });
    expect(received.map((sent) => sent.method)).toEqual(["GET", "POST"]);
    expect(JSON.parse(received[1]?.body ?? "")).toEqual({ query: documentText(Health), variables: {} });
  });

  it("turns GraphQL errors into an ApiError with their codes and the HTTP status", async () => {
    answers.push({
      status: 400,
      body: JSON.stringify({ errors: [{ message: "too deep", extensions: { code: "DEPTH" } }] }),
    });
    const error = await request(Health, {}, endpointOptions()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: "too deep", codes: ["DEPTH"], status: 400 });
    expect(received).toHaveLength(1);
  });

  it("names a body that is not GraphQL", async () => {
    answers.push({ status: 502, body: "<html>bad gateway</html>" });
    await expect(request(Health, {}, endpointOptions())).rejects.toThrow(
      "API answered 502 without a GraphQL body",
    );
  });
});
