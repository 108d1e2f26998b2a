import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

/**
 * Documents typed from apps/api/schema.graphql (graphql-env.d.ts is generated from it by
 * `gql.tada generate output`, run in `typecheck`), so a query that drifts from the API fails to
 * compile in every app that sends it.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; JSON: unknown };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";
