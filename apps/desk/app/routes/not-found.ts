import { notFound } from "../not-found.ts";

/** Any other path: the desk's 404 page (a POST to it is a 404 too, never a 405 from the router). */
export function loader(): never {
  throw notFound();
}

export function action(): never {
  throw notFound();
}
