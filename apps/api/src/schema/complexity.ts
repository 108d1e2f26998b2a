import { type GraphQLField, getNullableType, isListType } from "graphql";
import type { Context } from "../context.ts";
import type { ListSizes } from "../list-sizes.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./cursor.ts";

/**
 * Query pricing (docs/architecture/021-query-cost.md): every field costs 1, and what is
 * selected below a list is multiplied by how many items it can return: the requested page
 * size for paged fields (`first`, `last`, `limit`), the real row count for the lists without
 * paging at the root (`listSizeComplexity`), and 10 for the short lists inside an item
 * (an article's tags, a body's blocks).
 */
const NESTED_LIST_ESTIMATE = 10;
/** Arguments that ask for a page size; http/query-cost.ts keys its kept prices on their variables. */
export const PAGE_ARGS: readonly string[] = ["first", "last", "limit"];

export function fieldComplexity(
  args: Record<string, unknown>,
  _context: Context,
  field: GraphQLField<unknown, Context>,
): { field: number; multiplier: number } {
  const pageArg = field.args.find((arg) => PAGE_ARGS.includes(arg.name));
  if (pageArg) {
    const requested = args.first ?? args.last ?? args.limit ?? pageArg.defaultValue;
    return {
      field: 1,
      multiplier: typeof requested === "number" ? Math.max(0, requested) : DEFAULT_PAGE_SIZE,
    };
  }
  return { field: 1, multiplier: isListType(getNullableType(field.type)) ? NESTED_LIST_ESTIMATE : 1 };
}

/** For a root list without paging: priced by how many rows it can return today, or fewer when `first` asks for fewer. */
export function listSizeComplexity(list: keyof ListSizes) {
  return (args: Record<string, unknown>, context: Context) => ({
    field: 1,
    multiplier:
      typeof args.first === "number"
        ? Math.min(context.listSizes[list], Math.max(0, args.first))
        : context.listSizes[list],
  });
}
