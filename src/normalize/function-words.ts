/**
 * Words that carry grammar, not content, for alignment. Deliberately short and hand-picked: generic stop-word
 * lists also drop "no", "not", "never", "more", "less", "than", "first", "all", which change what a claim says.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // articles, determiners
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'such', 'its', 'their',
  'his', 'her', 'our', 'your', 'my', 'whose', 'which', 'what', 'who', 'whom',
  // pronouns
  'i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'it', 'they', 'them', 'itself', 'themselves', 'himself',
  'herself', 'one', 'ones',
  // auxiliaries and copulas
  'be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  // prepositions and conjunctions
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'about', 'as', 'into', 'onto', 'upon', 'over',
  'under', 'between', 'among', 'through', 'during', 'within', 'without', 'per', 'via', 'and', 'or', 'but',
  'nor', 'so', 'yet', 'if', 'then', 'because', 'while', 'whether', 'also', 'there', 'here', 'where', 'when',
  'how', 'why', 'just', 'very', 'too', 'only', 'even', 'still', 'already', 'up', 'out', 'off',
  // contractions as tokenised
  "'s", "'re", "'ve", "'d", "'ll", "'m", "n't",
]);

/**
 * Verbs of reporting. Every outlet attributes every claim, so "said", "told", "revealed" say little about
 * which claim a sentence states; they keep a small weight instead of none, since a quote's verb can matter.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'state', 'reveal', 'announce', 'add', 'claim', 'confirm', 'share', 'write', 'note', 'report',
  'comment', 'remark', 'stress', 'emphasize', 'emphasise', 'underscore', 'accord', 'cite', 'explain', 'insist',
  'describe', 'suggest', 'indicate', 'argue', 'tweet', 'post',
]);

/** Pronouns that open a sentence about someone the previous sentence named. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
