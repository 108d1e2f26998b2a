import { data } from "react-router";

/** Throw from a loader: a real 404, answered with the desk's error page. */
export function notFound() {
  return data({ kind: "notFound" }, { status: 404 });
}
