import { isDatabaseUnavailable } from "@sahifa/db/connection-errors";
import type { Locale } from "@sahifa/domain/locales";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { apiMessage } from "../messages.ts";

/** Seconds a client (or a cache in front of the API) should wait before asking again. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** A 503 with Retry-After: clients and caches can tell an outage, worth a retry, from a bad query. */
export function databaseUnavailableError(locale: Locale): GraphQLError {
  return new GraphQLError(apiMessage(locale, "databaseUnavailable"), {
    extensions: {
      code: "SERVICE_UNAVAILABLE",
      http: { status: 503, headers: { "retry-after": String(OUTAGE_RETRY_AFTER_SECONDS) } },
    },
  });
}

/**
 * An operation that failed because the database could not be reached answers 503 as a whole,
 * without partial data that a cache could keep as if it were the page.
 */
export function databaseOutageAnswers(): Plugin<{ locale?: Locale }> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors) return;
          if (result.errors.some((error) => isDatabaseUnavailable(error.originalError))) {
            setResult({ errors: [databaseUnavailableError(args.contextValue.locale ?? "en")] });
          }
        },
      };
    },
  };
}
