import { graphql } from "@sahifa/api-client/graphql";

/**
 * How the desk reads any typed refusal of a mutation: its code and message, and for a
 * ValidationError the fields it names. Spread after `__typename` in each result selection.
 */
export const RefusalFields = graphql(`
  fragment DeskRefusal on DeskError @_unmask {
    code
    message
    ... on ValidationError {
      problems {
        field
        message
      }
    }
  }
`);
