/** Defaults the command line shows in --help; here so that showing them does not load the pipeline. */

/** The most sentences compared per source unless `maxSentences` says otherwise (--max-sentences). */
export const DEFAULT_MAX_SENTENCES = 20_000;
