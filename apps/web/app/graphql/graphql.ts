export type { FragmentOf, ResultOf, VariablesOf } from "@sahifa/api-client/graphql";
export { graphql, readFragment } from "@sahifa/api-client/graphql";
