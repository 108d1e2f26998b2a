/** The edition a reader last read, so `/` takes them back to it; a preference, nothing personal. */
export const EDITION_COOKIE = "edition";

const A_YEAR = 60 * 60 * 24 * 365;

/** Remembers the page's edition (its `<html lang>`); pages stay cacheable because the browser sets it, not the server. */
export function rememberEdition(document: Document): void {
  const edition = document.documentElement.lang;
  if (!/^[a-z]{2}$/.test(edition)) return;
  document.cookie = `${EDITION_COOKIE}=${edition}; Max-Age=${A_YEAR}; Path=/; SameSite=Lax`;
}
