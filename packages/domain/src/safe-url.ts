/**
 * The one rule for every link a body or a breaking item may carry (DESIGN
 * "Body"): an absolute http(s) URL or a site-relative path. The validator
 * refuses anything else on write; renderers may call it again before output.
 */

export const MAX_URL_LENGTH = 2048;

/**
 * Whitespace, control and format characters (C0/C1 controls, zero-width and
 * bidi controls, BOM, line separators) and backslashes are refused anywhere:
 * browsers strip or reinterpret them ("java\tscript:", "/\\evil.example"),
 * which is how links slip past a scheme check.
 */
const FORBIDDEN_CHARACTERS = /[\s\p{C}\\]/u;
const ABSOLUTE_HTTP = /^https?:\/\//i;

export type UrlProblem =
  | "empty"
  | "too_long"
  | "forbidden_character"
  | "protocol_relative"
  | "scheme"
  | "malformed"
  | "credentials";

/** Why a link is refused, or null when it is safe to store and render. */
export function urlProblem(url: string): UrlProblem | null {
  if (url.length === 0) return "empty";
  if (url.length > MAX_URL_LENGTH) return "too_long";
  if (FORBIDDEN_CHARACTERS.test(url)) return "forbidden_character";
  if (url.startsWith("//")) return "protocol_relative";
  if (url.startsWith("/")) return null;
  if (!ABSOLUTE_HTTP.test(url)) return "scheme";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "malformed";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "scheme";
  if (parsed.hostname === "") return "malformed";
  // "https://trusted.example@evil.example" reads as one host and goes to another.
  if (parsed.username !== "" || parsed.password !== "") return "credentials";
  return null;
}

export function isSafeUrl(url: string): boolean {
  return urlProblem(url) === null;
}

export const URL_PROBLEM_MESSAGES: Record<UrlProblem, string> = {
  empty: "The link is empty.",
  too_long: `The link is longer than ${MAX_URL_LENGTH} characters.`,
  forbidden_character:
    "The link contains spaces, control characters or backslashes; percent-encode spaces (%20) and remove hidden characters.",
  protocol_relative: 'Links starting with "//" are not allowed; write the full https:// address.',
  scheme: 'Only http:// and https:// links or site paths starting with "/" are allowed.',
  malformed: "The link is not a valid web address.",
  credentials: "Links must not contain a user name or password before the host.",
};
