import { BREAK, type DocumentNode, Kind, visit } from "graphql";
import type { Plugin } from "graphql-yoga";

/** The field whose answers are one person's draft: never stored by a browser, proxy or CDN. */
const PRIVATE_FIELD = "articlePreview";

const selectsPrivateField = new WeakMap<DocumentNode, boolean>();
function asksForPreview(document: DocumentNode): boolean {
  let found = selectsPrivateField.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.FIELD](node) {
        if (node.name.value !== PRIVATE_FIELD) return undefined;
        found = true;
        return BREAK;
      },
    });
    selectsPrivateField.set(document, found);
  }
  return found;
}

/** Responses to an operation that reads `articlePreview` carry `Cache-Control: private, no-store`. */
export function privatePreviewResponses(): Plugin {
  const privateRequests = new WeakSet<Request>();
  return {
    onExecute({ args }) {
      const { request } = args.contextValue as { request?: Request };
      if (request && asksForPreview(args.document)) privateRequests.add(request);
    },
    onResponse({ request, response }) {
      if (privateRequests.has(request)) response.headers.set("cache-control", "private, no-store");
    },
  };
}
