import { notFound } from "../not-found.ts";

/** Paths deeper than any edition URL; rendered by the edition's boundary with its header and footer. */
export function loader() {
  throw notFound();
}

export default function EditionNotFound() {
  return null;
}
