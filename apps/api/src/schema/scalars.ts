import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";

builder.scalarType("DateTime", {
  description: "An instant, as an ISO 8601 string in UTC (e.g. 2026-11-24T09:30:00.000Z).",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) {
      throw new GraphQLError("DateTime must be an ISO 8601 string", {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return date;
  },
});
