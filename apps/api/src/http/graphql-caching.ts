import { createHash } from "node:crypto";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import {
  type DocumentNode,
  type FieldNode,
  getOperationAST,
  Kind,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { tokenFromRequest } from "../auth/session-cookie.ts";
import type { Context } from "../context.ts";

/**
 * HTTP caching of GraphQL answers (docs/architecture/033-cacheable-graphql.md).
 * A query answered without errors to a request carrying no session is public:
 * shared caches may keep it briefly and serve it stale while revalidating, and
 * a GET carries an ETag answered with 304. Anything else (a session, a
 * mutation, a subscription, an error, a draft preview) is `private, no-store`.
 */

export const PUBLIC_GRAPHQL_CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60";
export const PRIVATE_CACHE_CONTROL = "private, no-store";
/** Root fields whose answers are one person's (a draft preview): never shared, whoever asks. */
const PRIVATE_ROOT_FIELDS = new Set(["articlePreview"]);
/** What a public answer depends on besides its URL. */
const VARY = "Accept-Language, Authorization, Cookie";

interface Policy {
  cacheable: boolean;
  locales: Set<Locale>;
}

/** What the caching rules read from an operation's text, the same for every request that sends it. */
interface OperationShape {
  /** A query reading no one's private root field: public when asked without a session. */
  publicQuery: boolean;
  /** Each root field's `locale` argument, if it has one. */
  localeArguments: Array<ValueNode | undefined>;
}

export function graphqlCaching(options: { graphqlEndpoint: string }): Plugin {
  const policies = new WeakMap<Request, Policy>();
  return {
    onExecute({ args }) {
      const context = args.contextValue as Partial<Context> & { request?: Request };
      const request = context.request;
      if (!request) return;
      const shape = operationShape(args.document, args.operationName);
      const policy: Policy = {
        cacheable: shape.publicQuery && tokenFromRequest(request) === null,
        locales: localesRead(shape, args.variableValues ?? {}, context.locale ?? "en"),
      };
      policies.set(request, policy);
      return {
        onExecuteDone({ result }) {
          // A stream (subscription, @defer) or an answer with errors is never shared.
          if (Symbol.asyncIterator in result || (result.errors?.length ?? 0) > 0) {
            policy.cacheable = false;
            return;
          }
          if (!policy.cacheable) return;
          // Kept with the answer, so the response cache replays them with it (yoga sends extensions.http.headers).
          result.extensions ??= {};
          const extensions = result.extensions as { http?: { headers?: Record<string, string> } };
          extensions.http = {
            ...extensions.http,
            headers: { ...extensions.http?.headers, ...publicHeaders(policy.locales) },
          };
        },
      };
    },
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const policy = policies.get(request);
      // An executed operation was asked at the endpoint; only other answers need their path read.
      if (!policy && new URL(request.url).pathname !== options.graphqlEndpoint) return;
      const headers = response.headers;
      // One ETag: the hash of the body below, not the response cache's key.
      headers.delete("etag");
      headers.delete("last-modified");
      // Replayed by the response cache (nothing executed): it kept public answers only, with their headers.
      const replayed = !policy && headers.get("cache-control") === PUBLIC_GRAPHQL_CACHE_CONTROL;
      if (!(policy?.cacheable || replayed) || response.status !== 200) {
        if (!headers.has("cache-control") || headers.get("cache-control") === PUBLIC_GRAPHQL_CACHE_CONTROL)
          headers.set("cache-control", PRIVATE_CACHE_CONTROL);
        if (policy) headers.set("content-language", languages(policy.locales));
        return;
      }
      if (policy)
        for (const [name, value] of Object.entries(publicHeaders(policy.locales))) headers.set(name, value);
      if (request.method !== "GET") return;
      const body = await response.text();
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
      headers.set("etag", etag);
      const notModified = (request.headers.get("if-none-match") ?? "")
        .split(",")
        .some((tag) => tag.trim().replace(/^W\//, "") === etag);
      setResponse(
        notModified
          ? new fetchAPI.Response(null, { status: 304, headers })
          : new fetchAPI.Response(body, { status: 200, headers }),
      );
    },
  };
}

function publicHeaders(locales: Set<Locale>): Record<string, string> {
  return {
    "cache-control": PUBLIC_GRAPHQL_CACHE_CONTROL,
    vary: VARY,
    "content-language": languages(locales),
  };
}

function languages(locales: Set<Locale>): string {
  return [...locales].map((locale) => LOCALE_CONFIG[locale].hreflang).join(", ");
}

const shapes = new WeakMap<DocumentNode, Map<string | null, OperationShape>>();
/** Kept per parsed document (yoga keeps one per query text), so a repeated query is not walked again. */
function operationShape(document: DocumentNode, operationName: string | null | undefined): OperationShape {
  let byName = shapes.get(document);
  if (!byName) {
    byName = new Map();
    shapes.set(document, byName);
  }
  let shape = byName.get(operationName ?? null);
  if (!shape) {
    const operation = getOperationAST(document, operationName);
    const fields = operation ? rootFields(document, operation.selectionSet) : [];
    shape = {
      publicQuery:
        operation?.operation === "query" &&
        !fields.some((field) => PRIVATE_ROOT_FIELDS.has(field.name.value)),
      localeArguments: fields.map(
        (field) => field.arguments?.find((argument) => argument.name.value === "locale")?.value,
      ),
    };
    byName.set(operationName ?? null, shape);
  }
  return shape;
}

/** The editions a query's root fields read: their `locale` argument, or the request's (Accept-Language) edition. */
function localesRead(
  shape: OperationShape,
  variables: Record<string, unknown>,
  fallback: Locale,
): Set<Locale> {
  const locales = new Set<Locale>();
  for (const argument of shape.localeArguments) {
    const value = argument ? valueFromASTUntyped(argument, variables) : undefined;
    locales.add(typeof value === "string" && value in LOCALE_CONFIG ? (value as Locale) : fallback);
  }
  if (locales.size === 0) locales.add(fallback);
  return locales;
}

function rootFields(document: DocumentNode, selectionSet: SelectionSetNode): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith("__")) fields.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fields.push(...rootFields(document, selection.selectionSet));
    } else {
      const fragment = document.definitions.find(
        (definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        fields.push(...rootFields(document, fragment.selectionSet));
    }
  }
  return fields;
}
