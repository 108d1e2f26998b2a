import type { Locale } from "@sahifa/domain/locales";
import { type DocumentNode, GraphQLError, Kind, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { apiMessage } from "../messages.ts";

/**
 * Refuses string arguments holding U+0000 with a 400 and a message in the reader's language:
 * PostgreSQL cannot store or compare that character, so it would otherwise surface as an
 * internal error from whichever query met it first.
 */
export function refuseNulCharacters(): Plugin<{ locale?: Locale }> {
  const documentsWithNul = new WeakMap<DocumentNode, boolean>();
  const inDocument = (document: DocumentNode) => {
    let found = documentsWithNul.get(document);
    if (found === undefined) {
      found = false;
      visit(document, {
        [Kind.STRING]: (node) => {
          if (node.value.includes("\u0000")) found = true;
        },
      });
      documentsWithNul.set(document, found);
    }
    return found;
  };
  const refusal = (args: {
    document: DocumentNode;
    variableValues?: unknown;
    contextValue: { locale?: Locale };
  }) => {
    if (!inDocument(args.document) && !holdsNul(args.variableValues)) return null;
    return {
      errors: [
        new GraphQLError(apiMessage(args.contextValue.locale ?? "en", "nulCharacter"), {
          extensions: { code: "BAD_USER_INPUT", http: { spec: true, status: 400 } },
        }),
      ],
    };
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const result = refusal(args);
      if (result) setResultAndStopExecution(result);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const result = refusal(args);
      if (result) setResultAndStopExecution(result);
    },
  };
}

function holdsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(holdsNul);
  if (typeof value === "object" && value !== null) return Object.values(value).some(holdsNul);
  return false;
}
