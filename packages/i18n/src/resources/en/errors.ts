/** Error pages of the editions. */
export const errors = {
  offline: {
    title: "You are offline",
    text: "This page has not been saved on this device. The last articles you opened can still be read without a connection.",
    home: "Try the front page again",
    kept: "Saved on this device",
    noneKept: "No articles saved yet. The articles you open are saved here for reading offline.",
  },
  notFound: {
    title: "Page not found",
    text: "The page you are looking for does not exist or has been moved.",
    home: "Go to the front page",
  },
  notInEdition: {
    title: "Not available in this edition",
    text: "This article has not been published in English.",
    readIn: "Read it in {{language}}",
  },
  serverError: {
    title: "Something went wrong",
    text: "We could not show this page. Please try again in a moment.",
    retry: "Try again",
  },
  badRequest: {
    title: "Bad request",
    text: "The address or the data sent could not be understood.",
  },
  /** Answers of the GraphQL API to a request it refuses. */
  api: {
    nulCharacter: "Text may not contain the NUL character (U+0000); remove it and try again.",
    databaseUnavailable: "The news service cannot reach its database right now. Try again in a few seconds.",
    signInInvalid: "The email or password is wrong. Check both and try again.",
    signInLocked_one:
      "Too many failed sign-ins: this account is locked for about {{count, number}} minute. Try again later or ask an admin.",
    signInLocked_other:
      "Too many failed sign-ins: this account is locked for about {{count, number}} minutes. Try again later or ask an admin.",
    signInTooMany: "Too many sign-in attempts from here right now. Wait a moment and try again.",
    trustedDocumentUnknown:
      "This API does not know the operation with that document id. Send the document itself, or rebuild the client with the API.",
    trustedDocumentsOnly:
      "This API answers only the operations of the Sahifa apps: send a known document id instead of a query.",
  },
};
