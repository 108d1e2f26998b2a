import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./graphql.ts";
import { ApiError, request } from "./request.ts";

const Health = graphql(`query Health { __typename }`);

let server: Server;
let endpoint: string;
let answer: { status: number; body: string };
let received: { body: string; headers: Record<string, unknown> };

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received = { body, headers: req.headers };
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("request", () => {
  it("posts the printed document with its variables and headers, and returns data", async () => {
    answer = { status: 200, body: JSON.stringify({ data: { __typename: "Query" } }) };
    const data = await request(Health, {}, { endpoint, headers: { authorization: "Bearer t" } });
    expect(data).toEqual({ __typename: "Query" });
    expect(JSON.parse(received.body)).toMatchObject({ query: expect.stringContaining("__typename") });
    expect(received.headers.authorization).toBe("Bearer t");
  });

  it("turns GraphQL errors into an ApiError with their codes and the HTTP status", async () => {
    answer = {
      status: 400,
      body: JSON.stringify({ errors: [{ message: "too deep", extensions: { code: "DEPTH" } }] }),
    };
    const error = await request(Health, {}, { endpoint }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: "too deep", codes: ["DEPTH"], status: 400 });
  });

  it("names a body that is not GraphQL", async () => {
    answer = { status: 502, body: "<html>bad gateway</html>" };
    await expect(request(Health, {}, { endpoint })).rejects.toThrow(
      "API answered 502 without a GraphQL body",
    );
  });
});
