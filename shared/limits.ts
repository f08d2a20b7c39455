// The limits on what Newsline opens. Each is set by measurement (`npm run bench` shows them against their
// budgets): past them the pipeline could no longer finish within its time and memory budgets, so a file over
// one is refused with a message that gives the limit, never left to run for minutes.

/**
 * The largest file opened as an article, and the most text any file may yield (a Word document or a web page
 * holds more bytes than text): import plus extraction stay within 5 s at this size.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** The most a Word document may hold once decompressed; checked before anything is inflated. */
export const MAX_DOCX_INFLATED_BYTES = 4 * 1024 * 1024;
/** Events kept per article: past this the first ones in reading order are kept and the rest counted. */
export const MAX_EVENTS_PER_ARTICLE = 500;

/** A size in the words the app's messages use: "1 MB", "640 KB", "1.5 MB". */
export function describeSize(n: number): string {
  if (n >= 1024 * 1024) {
    const mb = n / 1024 / 1024;
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  return `${Math.ceil(n / 1024)} KB`;
}
