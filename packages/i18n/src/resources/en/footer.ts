/** The footer of every page. */
export const footer = {
  label: "Site information",
  lite: "Lite version (for slow connections)",
  full: "Full version",
  about:
    "Sahifa is an independent newsroom reporting from every region of the world in English, Arabic and Spanish.",
  rights: "© {{year}} Sahifa. All rights reserved.",
  links: {
    privacy: "Privacy Policy",
    about: "About Us",
    contact: "Contact Us",
    authors: "Authors",
  },
  pageText: {
    about:
      "Sahifa is a newsroom that publishes in English, Arabic and Spanish. Each edition is written or translated by journalists who work in its language, and every story says when and by whom it was published.",
    privacy:
      "Sahifa sets no advertising or tracking cookies. To count the most read stories we record page views per article and day, without any personal data. Our servers keep technical logs for fourteen days to keep the service running.",
    contact:
      "Write to the newsroom at newsroom@sahifa.example. For corrections, name the article and the edition you read it in; we answer every request.",
  },
  apps: {
    label: "Get the Sahifa app",
    android: "Get it on Google Play",
    ios: "Download on the App Store",
  },
};
