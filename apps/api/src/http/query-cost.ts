import { createComplexityRule } from "@pothos/plugin-complexity";
import { GraphQLError, validate } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * Refuses an operation whose price (schema/complexity.ts) is over `maxCost` before anything
 * runs, with HTTP 400 as the GraphQL-over-HTTP spec asks of a request it will not execute.
 * It runs at execution rather than as a validation rule because the price depends on the
 * variables (`first: $n`), and validation results are cached per document.
 */
export function queryCostLimit(options: { maxCost: number }): Plugin {
  const refusal = (args: {
    schema: Parameters<typeof validate>[0];
    document: Parameters<typeof validate>[1];
    contextValue: unknown;
    variableValues?: Record<string, unknown> | null | undefined;
    operationName?: string | null | undefined;
  }) => {
    let cost = 0;
    const errors = validate(args.schema, args.document, [
      createComplexityRule({
        context: args.contextValue as object,
        variableValues: args.variableValues ?? {},
        operationName: args.operationName ?? null,
        onResult: (result) => {
          cost = result.complexity;
        },
      }),
    ]);
    if (errors.length > 0) return errors;
    if (cost <= options.maxCost) return null;
    return [
      new GraphQLError(
        `Query cost ${cost} is over the limit of ${options.maxCost}: ask for smaller pages or fewer lists.`,
        {
          extensions: {
            code: "QUERY_TOO_COSTLY",
            cost: { actual: cost, max: options.maxCost },
            // 400 under application/graphql-response+json; legacy application/json clients get 200, as the spec says.
            http: { spec: true, status: 400 },
          },
        },
      ),
    ];
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = refusal(args);
      if (errors) setResultAndStopExecution({ errors });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const errors = refusal(args);
      if (errors) setResultAndStopExecution({ errors });
    },
  };
}
