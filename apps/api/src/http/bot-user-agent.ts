/**
 * Crawlers, link unfurlers, monitors and scripted clients identify themselves
 * in the User-Agent; their page loads are not readers and must not move "most
 * read". A missing User-Agent is treated the same: every browser
 * sends one.
 */
const BOT_PATTERN = new RegExp(
  [
    "bot\\b",
    "bot/",
    "crawl",
    "spider",
    "slurp",
    "scrap",
    "archiver",
    "facebookexternalhit",
    "embedly",
    "preview",
    "whatsapp",
    "headless",
    "lighthouse",
    "pingdom",
    "uptime",
    "monitor",
    "curl/",
    "wget/",
    "python-requests",
    "python-urllib",
    "aiohttp",
    "go-http-client",
    "okhttp",
    "java/",
    "libwww",
    "httpclient",
    "axios/",
    "node-fetch",
    "undici",
    "postman",
    "phantomjs",
  ].join("|"),
  "i",
);

export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.trim() === "") return true;
  return BOT_PATTERN.test(userAgent);
}
