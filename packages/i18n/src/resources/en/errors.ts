/** Error pages of the editions. */
export const errors = {
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
};
