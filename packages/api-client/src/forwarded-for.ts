/**
 * The X-Forwarded-For an app's server sends the API when it relays for a browser (a view
 * beacon, a sign-in): what reached it, plus the address that connected to it, as every proxy
 * appends. The API believes only the entries its trusted relays wrote (TRUSTED_PROXIES).
 */
export function forwardedFor(
  received: string | null | undefined,
  peer: string | undefined,
): Record<string, string> {
  const chain = [received?.trim(), peer].filter((entry): entry is string => Boolean(entry));
  return chain.length > 0 ? { "x-forwarded-for": chain.join(", ") } : {};
}
