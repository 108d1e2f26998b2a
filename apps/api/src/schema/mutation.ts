import { builder } from "../builder.ts";

// The Mutation root, defined once; each schema module adds its mutations beside its type.
builder.mutationType({
  description:
    "Desk writes. Problems a client can act on (forbidden, invalid, not found, conflict) come back as typed results with codes; unexpected errors are masked.",
});
