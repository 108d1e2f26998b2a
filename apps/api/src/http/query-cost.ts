import { createComplexityRule } from "@pothos/plugin-complexity";
import { type DocumentNode, GraphQLError, Kind, validate, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { PAGE_ARGS } from "../schema/complexity.ts";

/**
 * Refuses an operation whose price (schema/complexity.ts) is over `maxCost` before anything
 * runs, with HTTP 400 as the GraphQL-over-HTTP spec asks of a request it will not execute.
 * It runs at execution rather than as a validation rule because the price depends on the
 * variables (`first: $n`), and validation results are cached per document.
 *
 * A price depends only on the operation, the page sizes asked for and the list sizes, so it is
 * kept per parsed document under those: the same query with another slug is not priced again
 * (pricing walks the whole document with a type tracker, a large share of a reader query's
 * own work).
 */
export function queryCostLimit(options: { maxCost: number }): Plugin {
  const prices = new WeakMap<DocumentNode, DocumentPrices>();
  const refusal = (args: PricedArgs) => {
    let known = prices.get(args.document);
    if (!known) {
      known = { pageVariables: pageSizeVariables(args.document), byInputs: new Map() };
      prices.set(args.document, known);
    }
    const inputs = priceInputs(args, known.pageVariables);
    let cost = known.byInputs.get(inputs);
    if (cost === undefined) {
      const priced = price(args);
      if (typeof priced !== "number") return priced;
      cost = priced;
      // A document asked with ever new page sizes must not grow its prices without bound.
      if (known.byInputs.size >= MAX_PRICES_PER_DOCUMENT) known.byInputs.clear();
      known.byInputs.set(inputs, cost);
    }
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

const MAX_PRICES_PER_DOCUMENT = 100;

interface DocumentPrices {
  /** Variables given as a page size (`first: $n`): the only ones a price reads. */
  pageVariables: readonly string[];
  byInputs: Map<string, number>;
}

interface PricedArgs {
  schema: Parameters<typeof validate>[0];
  document: Parameters<typeof validate>[1];
  contextValue: unknown;
  variableValues?: Record<string, unknown> | null | undefined;
  operationName?: string | null | undefined;
}

/** The price of one operation, or the errors that kept it from being priced. */
function price(args: PricedArgs): number | readonly GraphQLError[] {
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
  return errors.length > 0 ? errors : cost;
}

/** What a price depends on besides the document: the operation, its page-size variables and the list sizes. */
function priceInputs(args: PricedArgs, pageVariables: readonly string[]): string {
  const variables = args.variableValues ?? {};
  const listSizes = (args.contextValue as { listSizes?: unknown }).listSizes ?? null;
  return JSON.stringify([
    args.operationName ?? null,
    // Absent and null differ: an absent variable takes its declared default.
    pageVariables.map((name) => (name in variables ? [variables[name]] : [])),
    listSizes,
  ]);
}

/** Names of the variables a document passes as a page size (`first`, `last`, `limit`). */
export function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    [Kind.ARGUMENT]: (argument) => {
      if (PAGE_ARGS.includes(argument.name.value) && argument.value.kind === Kind.VARIABLE)
        names.add(argument.value.name.value);
    },
  });
  return [...names].sort();
}
