import { notFound } from "../not-found.ts";

/** Anything outside the editions (and outside routes added by other features) is a 404, never a 500. */
export function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
