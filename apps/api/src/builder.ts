import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Context } from "./context.ts";
import { fieldComplexity } from "./schema/complexity.ts";

/**
 * The one Pothos builder. It defines no types: each file under schema/ adds
 * its own. Scope-auth comes first so its checks wrap every other plugin's
 * resolvers.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
    /** Desk: a translation body as JSON (validated on write by the domain). */
    BodyBlocks: { Input: unknown; Output: BodyBlock[] };
    /** Desk: one body block as JSON, in diffs. */
    BlockJSON: { Input: unknown; Output: BodyBlock };
  };
  AuthScopes: {
    /** Any signed-in desk user. */
    signedIn: boolean;
    admin: boolean;
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ErrorsPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    // Desk scopes (editor/translator per locale) are added beside these by src/auth/.
    authScopes: (context) => ({
      signedIn: context.viewer.user !== null,
      admin: context.viewer.user?.role === "admin",
    }),
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // Articles are addressed by their stable numeric id (it is in every URL), not a relay global id.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // The connection field carries the page size as its multiplier; counting edges again would square it.
    edgesFieldOptions: { nullable: false, complexity: { field: 1, multiplier: 1 } },
    nodeFieldOptions: { nullable: false },
  },
  errors: { defaultTypes: [] },
  // Prices only: the limit is enforced before execution by http/query-cost.ts, which answers 400.
  complexity: { fieldComplexity, disabled: true },
});
