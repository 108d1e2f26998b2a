/**
 * Previous and next links of the search page. Search is ranked and its cursors only page
 * forwards, so each link carries the trail of `after` cursors of the pages before it
 * (`trail`, oldest first, the first page written as FIRST_PAGE): Previous takes the last one
 * back off. The query and filters stay as they are in the URL.
 */

/** Stands for the first page (no `after`) in a trail; never a cursor, which is longer base64url. */
const FIRST_PAGE = "1";
/** Separates cursors in `trail`; not in the base64url alphabet, so never inside one. */
const SEPARATOR = ".";
/** Pages remembered behind the current one; the oldest are dropped so a URL stays short. */
export const MAX_TRAIL = 30;

export interface SearchPageLinks {
  nextUrl: string | null;
  previousUrl: string | null;
  /**
   * The page's position is unknown (a shared link whose trail was left off or cut short):
   * the "previous" link leads to the first results.
   */
  previousIsFirst: boolean;
}

function trailOf(url: URL): string[] {
  const trail = url.searchParams.get("trail");
  return trail ? trail.split(SEPARATOR).filter((cursor) => cursor !== "") : [];
}

function linkTo(url: URL, after: string | null, trail: readonly string[]): string {
  const params = new URLSearchParams(url.searchParams);
  params.delete("after");
  params.delete("trail");
  if (after) params.set("after", after);
  if (trail.length > 0) params.set("trail", trail.join(SEPARATOR));
  return `${url.pathname}?${params.toString()}`;
}

/** The links around the search page at `url`, whose results end at `nextCursor` when there are more. */
export function searchPageLinks(url: URL, nextCursor: string | null): SearchPageLinks {
  const after = url.searchParams.get("after")?.trim() || null;
  const trail = trailOf(url);
  const nextUrl = nextCursor
    ? linkTo(url, nextCursor, [...trail, after ?? FIRST_PAGE].slice(-MAX_TRAIL))
    : null;
  if (!after) return { nextUrl, previousUrl: null, previousIsFirst: false };
  const back = trail.at(-1);
  if (back === undefined) return { nextUrl, previousUrl: linkTo(url, null, []), previousIsFirst: true };
  return {
    nextUrl,
    previousUrl: linkTo(url, back === FIRST_PAGE ? null : back, trail.slice(0, -1)),
    previousIsFirst: false,
  };
}
