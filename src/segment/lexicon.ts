/**
 * Word lists the sentence rules consult. All keys are lower-case and written without the final period
 * ("mr" for "Mr."); multi-period forms keep their inner periods ("e.g" for "e.g.").
 */

/** Abbreviations that stand before what they qualify ("Mr. Smith", "Lt. Col. Jones", "Mt. Fuji"): never a sentence end. */
export const ALWAYS_CONTINUES = new Set([
  // titles and ranks
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'capt', 'cmdr', 'cdr',
  'sgt', 'maj', 'adm', 'cpl', 'pvt', 'brig', 'lieut', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'fr',
  'msgr', 'messrs', 'mmes', 'atty', 'amb',
  // places named after a title word
  'st', 'mt', 'ft',
  // connectives written with a period
  'vs', 'v', 'cf', 'approx', 'ca', 'viz', 'e.g', 'i.e',
]);

/** Abbreviations that stand before a number ("No. 2", "p. 55", "N°. 1026"): no sentence end when a digit follows. */
export const BEFORE_NUMBER = new Set([
  'no', 'nos', 'n°', 'nr', 'p', 'pp', 'vol', 'vols', 'art', 'fig', 'figs', 'ch', 'chap', 'sec', 'para', 'pg',
  'ed', 'op', 'est', 'tel',
  // months, as in "Jan. 1"
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Abbreviations that often close a sentence as well ("Apple Inc.", "Pitt, Briggs & Co.", "Washington, D.C.").
 * Initialisms such as "U.S." behave the same way and are recognised by shape, not listed here.
 */
export const MAY_END_SENTENCE = new Set([
  'co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'etc', 'ave', 'blvd', 'rd', 'dept', 'univ', 'assn',
]);

/**
 * Words that typically open an English sentence. After an abbreviation that may end a sentence, one of these
 * decides that it did ("... the U.S. How about you?"), while other capitalised words are read as the
 * abbreviation's continuation ("the U.S. Government").
 */
export const SENTENCE_STARTERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'then', 'it', 'its', 'he', 'his', 'she', 'her',
  'they', 'their', 'we', 'our', 'i', 'you', 'your', 'my', 'but', 'and', 'or', 'so', 'yet', 'however',
  'meanwhile', 'still', 'also', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'since',
  'although', 'though', 'because', 'what', 'who', 'why', 'how', 'where', 'which', 'some', 'many', 'most',
  'both', 'each', 'all', 'no', 'not', 'one', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'will', 'would',
  'can', 'could', 'should', 'has', 'have', 'had', 'more', 'millions', 'being', 'according',
]);

/** Words that may follow a clock time inside the same sentence ("5 p.m. Friday", "9 a.m. ET"). */
export const AFTER_CLOCK_TIME = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet',
  'cest', 'eet', 'eest', 'ist', 'jst', 'kst', 'hkt', 'sgt', 'aest', 'aedt', 'msk',
  'eastern', 'central', 'mountain', 'pacific', 'greenwich', 'local',
]);

/** Words that may open a sentence before a clock time ("At 5 a.m. Mr. Smith went..."). */
export const BEFORE_CLOCK_TIME = new Set([
  'at', 'by', 'until', 'till', 'before', 'after', 'around', 'about', 'from', 'since', 'shortly', 'just',
  'early', 'late', 'starting', 'beginning',
]);

/**
 * Words a hard-wrapped line can end with but a headline or a finished sentence hardly ever does:
 * articles, prepositions, conjunctions, relative pronouns and possessives.
 */
export const LINE_CONTINUES_AFTER = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'and', 'or', 'but', 'nor',
  'that', 'which', 'who', 'whom', 'whose', 'as', 'than', 'into', 'onto', 'over', 'under', 'about', 'after',
  'before', 'between', 'during', 'against', 'among', 'through', 'his', 'her', 'their', 'its', 'our', 'my',
  'your', 'this', 'these', 'those',
]);
