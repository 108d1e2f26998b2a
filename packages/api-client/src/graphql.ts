import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

const tada = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; JSON: unknown };
}>();

/** Every document built by `graphql()` in this process, for the trusted-documents manifest (035). */
const defined = new Set<object>();

/**
 * Documents typed from apps/api/schema.graphql (graphql-env.d.ts is generated from it by
 * `gql.tada generate output`, run in `typecheck`), so a query that drifts from the API fails to
 * compile in every app that sends it.
 */
export const graphql: typeof tada = Object.assign(
  (...args: Parameters<typeof tada>) => {
    const document = tada(...args);
    defined.add(document);
    return document;
  },
  { scalar: tada.scalar, persisted: tada.persisted },
) as unknown as typeof tada;

/** The documents `graphql()` has built so far (operations and fragments), in the order they were built. */
export function definedDocuments(): readonly object[] {
  return [...defined];
}

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";
