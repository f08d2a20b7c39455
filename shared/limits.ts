/** The largest article Newsline opens. Checked in the page before a dropped file is read, and again in main. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;
