// One line per request, in morgan's "tiny" format: `GET /en/news/… 200 48213 - 3.127 ms`.
// Written by hand, and written in batches: morgan's compiled formats, its on-finished hooks and
// its clock were 5 % of the server's CPU on an article page, and one write per request to a
// piped stdout (a log collector, a process manager) cost another 13 % of the requests per second
// under load (`pnpm bench:web` starts the server with its output piped, as they do).
/**
 * @typedef {object} AccessLogOptions
 * @property {(text: string) => void} [write] where batches go (default: stdout)
 * @property {number} [flushAfterMs] longest a line waits in the batch
 * @property {number} [maxBatchBytes] a batch this long is written at once
 */

/**
 * An access logger. Lines wait at most `flushAfterMs` (a quarter of a second by default) and are
 * written together; what is still waiting when the process exits is written then.
 *
 * @param {AccessLogOptions} [options]
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void}
 */
export function createAccessLog(options = {}) {
  // Synchronous for files and pipes on Linux, so the batch written at exit is not lost.
  const write = options.write ?? ((text) => process.stdout.write(text));
  const flushAfterMs = options.flushAfterMs ?? 250;
  const maxBatchBytes = options.maxBatchBytes ?? 32 * 1024;
  let batch = "";
  /** @type {NodeJS.Timeout | null} */
  let timer = null;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (batch === "") return;
    const text = batch;
    batch = "";
    write(text);
  };
  process.once("exit", flush);

  /** @param {string} line */
  const add = (line) => {
    batch += line;
    if (batch.length >= maxBatchBytes) flush();
    else timer ??= setTimeout(flush, flushAfterMs).unref();
  };

  return function logAccess(req, res) {
    const started = performance.now();
    /** @param {boolean} complete */
    const log = (complete) => {
      res.off("finish", finished);
      res.off("close", closed);
      const length = res.getHeader("content-length") ?? "-";
      const ms = (performance.now() - started).toFixed(3);
      // A reader leaving a live-events stream, say.
      const cut = complete ? "" : " (connection closed before the end)";
      add(`${req.method} ${req.url} ${res.statusCode} ${length} - ${ms} ms${cut}\n`);
    };
    const finished = () => log(true);
    const closed = () => log(false);
    res.once("finish", finished);
    res.once("close", closed);
  };
}
