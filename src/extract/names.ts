/**
 * Names of people, places and organisations, keyed so that spelling and transliteration variants meet.
 *
 * wink's lite model tags proper nouns but has no person/place/organisation recogniser, so a name is a
 * run of capitalised tokens (with "of", "de", "al-" and similar inside), minus titles ("President",
 * "Foreign Minister") and nationality words ("Chinese"). Sentence-initial capitalised words are only
 * names when wink does not know them as ordinary words.
 *
 * Name key: any-ascii, lower-case, apostrophes and dots dropped, then per word a light folding
 * (w->v, ph->f, y->i, j->i after a vowel or at the end, doubled letters collapsed) and a small table
 * of well-known exonyms and short forms (Kiev -> Kyiv, U.S. -> United States). So Zelensky,
 * Zelenskyy, Zelenskiy and Зеленський all key to "zelenski", Kyiv / Kiev / Київ to "kiv".
 * `sameName` then lets a bare surname meet the full name and tolerates near spellings.
 */
import { COMPANY_FORMS } from '../facts/lexicon/en/company-forms.js';
import {
  ALIASES, COMMON_WORD_PLACES, CONNECTORS, DEMONYMS, DEMONYM_NOUNS, EXONYMS, HYPHEN_PREFIXES, NAME_SUFFIXES, NOT_NAMES, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS,
} from '../facts/lexicon/en/name-words.js';
import anyAscii from 'any-ascii';
import { GIVEN_NAME_FORMS } from '../facts/lexicon/en/given-name-forms.js';
import type { Sentence } from '../types.js';
import { dateTokenSet } from './dates/index.js';
import { lexiconEntry, parseSentence, sliceOf, spanOf } from './parse.js';
import type { NameFact, NameMatch, ParsedSentence, Token } from './types.js';

// ---------------------------------------------------------------------------------------------
// Keys

/** Light phonetic/spelling folding of one lower-case ASCII word. Acronyms (no vowel: BBC, CNN) stay as they are. */
function foldWord(word: string): string {
  if (!/[aeiouy]/.test(word)) return word;
  let w = word.replace(/ph/g, 'f').replace(/w/g, 'v').replace(/ck/g, 'k');
  // j after a vowel or at the end is a glide: Sergej / Sergey / Serhii
  w = w.replace(/([aeiouy])j(?![aeiouy])/g, '$1i').replace(/j$/, 'i');
  w = w.replace(/y/g, 'i');
  // collapse doubled letters: Zelenskyy -> zelenskii -> zelenski, Yuliia -> iulia
  return w.replace(/([a-z])\1+/g, '$1');
}

/** The raw lower-case ASCII words of a name, titles' dots and apostrophes removed. */
function rawWords(text: string): string[] {
  // A possessive is not part of the name: "Zelenskyy’s" -> "zelenskyy".
  const ascii = anyAscii(text).toLowerCase().replace(/['’]s\b/g, '').replace(/['`’ʼʹ.]/g, '');
  return ascii.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/**
 * Key of a name as written: any-ascii, lower case, folded spelling, exonyms and short forms mapped.
 * Zelenskyy / Zelenskiy / Зеленський -> "zelenski"; Kiev / Kyiv -> "kiv"; U.S. -> "united states".
 */
export function nameKey(text: string): string {
  let key = keyMemo.get(text);
  if (key === undefined) {
    key = computeNameKey(text);
    // Bounded: names repeat across the articles of a run, but not without limit.
    if (keyMemo.size > 20_000) keyMemo.clear();
    keyMemo.set(text, key);
  }
  return key;
}

const keyMemo = new Map<string, string>();

function computeNameKey(text: string): string {
  let words = rawWords(text).filter((w) => !NAME_SUFFIXES.has(w));
  if (words[0] === 'the' && words.length > 1) words = words.slice(1);
  // "Corvane Systems Inc" is Corvane: a company's legal form and kind of firm tell no two companies apart.
  while (words.length > 1 && COMPANY_FORMS.has(words[words.length - 1]!)) words = words.slice(0, -1);
  // A given name's short form is the name it shortens ("Dan Okafor" is Daniel Okafor); a name of one word is
  // left as it is ("Rich" alone may be a surname).
  const mapped = words.map((w, i) => EXONYMS.get(w) ?? (i < words.length - 1 ? GIVEN_NAME_FORMS.get(w) : undefined) ?? w).join(' ');
  const aliased = ALIASES.get(mapped) ?? ALIASES.get(mapped.replace(/s$/, '')) ?? mapped;
  return aliased
    .split(' ')
    .filter((w) => w.length > 0)
    .map(foldWord)
    .join(' ');
}

export { sameName } from '../algebra/names.js';

// ---------------------------------------------------------------------------------------------
// Finding names

/** Form used for title lookups: dots removed ("Gov." -> "gov", "U.S." -> "us"). */
function titleForm(token: Token): string {
  return token.lower.replace(/\./g, '');
}

/** "Chinese", "North", "Ukrainians": nationality and direction words, plural or not. */
export function isDemonymWord(lower: string): boolean {
  const w = lower.replace(/\.$/, '');
  return DEMONYMS.has(w) || DEMONYMS.has(w.replace(/s$/, '')) || (w.endsWith('ese') && w.length > 5);
}

/** A word that heads a title before a name ("Officer", "Sgt.", "President"), dots dropped. */
export function isTitleHead(lower: string): boolean {
  return TITLE_HEADS.has(lower.replace(/\./g, ''));
}

/** A last word that makes a name an organisation's ("Council", "Department", "Police Service"). */
export function isOrganisationHead(lower: string): boolean {
  return ORG_HEADS.has(lower);
}

function isDemonym(token: Token): boolean {
  return isDemonymWord(token.lower);
}

function isTitleWord(token: Token): boolean {
  const w = titleForm(token);
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || isDemonym(token);
}

/** A capitalised word that may be part of a name (before sentence-start and title checks). */
function isNameWord(token: Token | undefined, dates: Set<number>): boolean {
  if (token === undefined || dates.has(token.index)) return false;
  if (token.type !== 'word' && token.type !== 'unk') return false;
  if (!/^\p{Lu}/u.test(token.text)) return false;
  if (NOT_NAMES.has(token.lower) || NOT_NAMES.has(token.lower.replace(/['’].*$/, ''))) return false;
  if (['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART'].includes(token.pos) && token.text !== token.text.toUpperCase()) return false;
  return true;
}

/** First word of the sentence, or of a quotation or parenthesis inside it. */
export function isSentenceInitial(parsed: ParsedSentence, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = parsed.tokens[k];
    if (t === undefined) break;
    if (t.type === 'punctuation' || t.pos === 'PUNCT') {
      // A straight quote glued to the word before it closes a quotation: '," Hacker said'.
      const closing = (t.text === '"' || t.text === "'") && !t.spaced && k > 0;
      if (/^["“‘'(\[:—–-]$/.test(t.text) && !closing) return true;
      continue;
    }
    return false;
  }
  return true;
}

/** A capitalised sentence-initial word is a name only if wink does not know it as an ordinary word. */
function initialWordIsName(parsed: ParsedSentence, i: number): boolean {
  const token = parsed.tokens[i];
  if (token === undefined) return false;
  if (token.pos !== 'PROPN' && token.pos !== 'X') return false;
  const next = parsed.tokens[i + 1];
  if (next !== undefined && (next.lower === "'s" || next.lower === '’s')) return true;
  if (COMMON_WORD_PLACES.has(token.lower)) return true;
  if (token.text.length > 1 && token.text === token.text.toUpperCase()) return true;
  const entry = lexiconEntry(token.lower);
  return !entry.known || entry.pos === 'PROPN';
}

interface Run {
  first: number;
  last: number;
}

/** Whether a connector at i joins the capitalised words around it into one name. */
function connectorJoins(parsed: ParsedSentence, i: number, dates: Set<number>): boolean {
  const t = parsed.tokens[i];
  const prev = parsed.tokens[i - 1];
  if (t === undefined || prev === undefined) return false;
  if (!isNameWord(parsed.tokens[i + 1], dates)) return false;
  const word = t.lower;
  // "Gulf of Aden", "Security Service of Ukraine", "Secretary of State" (a title, split off later),
  // but not "Governor of Qeshm": a title of a place is not part of the place's name.
  if (word === 'of' || word === 'on' || word === 'upon') return !TITLE_HEADS.has(titleForm(prev)) || TITLE_MODIFIERS.has(titleForm(parsed.tokens[i + 1] as Token));
  if (word === 'and' || word === '&' || word === 'for') {
    // Only inside organisation names: "National Security and Defense Council".
    let k = i + 1;
    while (isNameWord(parsed.tokens[k + 1], dates)) k++;
    return ORG_HEADS.has(parsed.tokens[k]?.lower ?? '');
  }
  return CONNECTORS.has(word) && t.text === t.lower;
}

/** Maximal runs of name words, joined by connectors and hyphens. */
function capitalisedRuns(parsed: ParsedSentence, dates: Set<number>): Run[] {
  const { tokens } = parsed;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const hyphenPrefix = t !== undefined && HYPHEN_PREFIXES.has(t.lower) && tokens[i + 1]?.text === '-' && tokens[i + 2]?.spaced === false && isNameWord(tokens[i + 2], dates);
    if (!isNameWord(t, dates) && !hyphenPrefix) {
      i++;
      continue;
    }
    const first = i;
    let last = hyphenPrefix ? i + 2 : i;
    for (;;) {
      const next = tokens[last + 1];
      if (next === undefined) break;
      if (isNameWord(next, dates) && next.spaced) {
        last++;
      } else if (next.text === '-' && !next.spaced && tokens[last + 2]?.spaced === false && isNameWord(tokens[last + 2], dates)) {
        last += 2; // Agence-France, Bosnia-Herzegovina
      } else if (next.text === '.' && !next.spaced && /^\p{Lu}$/u.test(tokens[last]?.text ?? '') && isNameWord(tokens[last + 2], dates)) {
        last++; // an initial split from its dot
      } else if (CONNECTORS.has(next.lower) && connectorJoins(parsed, last + 1, dates)) {
        last += 2;
      } else {
        break;
      }
    }
    runs.push({ first, last });
    i = last + 1;
  }
  return runs;
}

/** Split a run at titles: "Qeshm Gov. Heidar Alishvandi" -> "Qeshm" and (Gov.) "Heidar Alishvandi". */
function splitAtTitles(parsed: ParsedSentence, run: Run): Array<{ name: Run; title?: Run }> {
  const { tokens } = parsed;
  const parts: Array<{ name: Run; title?: Run }> = [];
  let start = run.first;
  let i = run.first;
  while (i <= run.last) {
    // A title: modifiers then at least one head, followed by more name words.
    let j = i;
    let lastHead = -1;
    while (j <= run.last && isTitleWord(tokens[j] as Token)) {
      if (TITLE_HEADS.has(titleForm(tokens[j] as Token))) lastHead = j;
      j++;
    }
    // "Attorney General", "Secretary-General": "General" closes the title.
    while (lastHead >= 0 && lastHead + 1 < run.last && ['general', '-'].includes(tokens[lastHead + 1]?.lower ?? '')) lastHead++;
    // "Secretary of State Antony Blinken": "of State" belongs to the title.
    if (lastHead >= 0 && tokens[lastHead + 1]?.lower === 'of' && TITLE_MODIFIERS.has(tokens[lastHead + 2]?.lower ?? '') && lastHead + 3 <= run.last) {
      lastHead += 2;
    }
    if (lastHead >= 0 && lastHead < run.last) {
      const titleStart = i;
      if (titleStart > start) parts.push({ name: { first: start, last: titleStart - 1 } });
      start = lastHead + 1;
      parts.push({ name: { first: start, last: run.last }, title: { first: titleStart, last: lastHead } });
      // The rest of the run after this title is the name; a second title in one run is rare.
      return parts;
    }
    i = j > i ? j : i + 1;
  }
  parts.push({ name: { first: start, last: run.last } });
  return parts;
}

/**
 * Keep the first word of a sentence-initial run only if it is a name itself ("Zelensky said") or
 * plainly the first of several name words ("Tammy Bruce said"), not "Several Chinese nationals".
 */
function keepInitialWord(parsed: ParsedSentence, run: Run, dates: Set<number>): boolean {
  if (initialWordIsName(parsed, run.first)) return true;
  const t = parsed.tokens[run.first] as Token;
  // A title opening the sentence ("Ukrainian President ...", "Secretary of State ...") is split off later.
  if (run.first < run.last && isTitleWord(t)) return true;
  const next = parsed.tokens[run.first + 1];
  if (run.first >= run.last || next === undefined || !isNameWord(next, dates)) return false;
  return t.pos === 'PROPN' && !isTitleWord(t) && !isTitleWord(next);
}

/** Drop leading tokens that are not names (sentence-initial ordinary words, connectors); reject runs of only titles or nationality words. */
function trimRun(parsed: ParsedSentence, run: Run, dates: Set<number>): Run | undefined {
  const { tokens } = parsed;
  let { first, last } = run;
  while (first <= last) {
    const t = tokens[first] as Token;
    const connector = CONNECTORS.has(t.lower) && t.text === t.lower && !HYPHEN_PREFIXES.has(t.lower);
    if (connector || t.text === '-' || (isSentenceInitial(parsed, first) && !keepInitialWord(parsed, { first, last }, dates))) {
      first++;
    } else {
      break;
    }
  }
  while (last >= first && (CONNECTORS.has((tokens[last] as Token).lower) || (tokens[last] as Token).text === '-')) last--;
  while (first < last && DEMONYM_NOUNS.has((tokens[first] as Token).lower)) first++;
  if (first > last) return undefined;
  let onlyTitleWords = true;
  let onlyDemonyms = true;
  let hasHead = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.text === '-') continue;
    if (!isDemonym(t)) onlyDemonyms = false;
    if (!isTitleWord(t)) onlyTitleWords = false;
    if (TITLE_HEADS.has(titleForm(t))) hasHead = true;
  }
  // A lone "Foreign" or "State" (a title word cut from its title) is not a name; acronyms are ("US", "UN").
  const lone = tokens[first] as Token;
  const loneTitleWord = first === last && isTitleWord(lone) && lone.text !== lone.text.toUpperCase();
  if (onlyDemonyms || (onlyTitleWords && hasHead) || loneTitleWord) return undefined;
  return { first, last };
}

/** Every name of the sentence with its key and any title before it. Memoised on `parsed`. */
export function findNameMatches(parsed: ParsedSentence): NameMatch[] {
  if (parsed.nameMatches !== undefined) return parsed.nameMatches;
  const dates = dateTokenSet(parsed);
  const matches: NameMatch[] = [];
  for (const raw of capitalisedRuns(parsed, dates)) {
    const run = trimRun(parsed, raw, dates);
    if (run === undefined) continue;
    for (const part of splitAtTitles(parsed, run)) {
      const name = trimRun(parsed, part.name, dates);
      if (name === undefined) continue;
      const text = sliceOf(parsed, spanOf(parsed, name.first, name.last));
      const key = nameKey(text);
      if (key.replace(/ /g, '').length < 2) continue;
      const match: NameMatch = { first: name.first, last: name.last, key };
      if (part.title !== undefined) match.title = sliceOf(parsed, spanOf(parsed, part.title.first, part.title.last));
      matches.push(match);
    }
  }
  parsed.nameMatches = withNicknames(parsed, matches);
  return parsed.nameMatches;
}

/** Quotation marks around a nickname. */
const NICKNAME_QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * A nickname in quotes between a given name and a surname is no name of its own: 'Gareth "Gaz" Pennock' is Gareth
 * Pennock, one match over the whole span, keyed without the nickname.
 */
function withNicknames(parsed: ParsedSentence, matches: readonly NameMatch[]): NameMatch[] {
  const { tokens } = parsed;
  const out: NameMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const [given, nick, surname] = [matches[i]!, matches[i + 1], matches[i + 2]];
    const quoted = (a: number, b: number) => NICKNAME_QUOTES.has(tokens[a]?.text ?? '') && NICKNAME_QUOTES.has(tokens[b]?.text ?? '');
    if (nick !== undefined && surname !== undefined && given.title === undefined && nick.last - nick.first <= 1
      && nick.first === given.last + 2 && surname.first === nick.last + 2 && quoted(given.last + 1, nick.last + 1)) {
      const text = `${sliceOf(parsed, spanOf(parsed, given.first, given.last))} ${sliceOf(parsed, spanOf(parsed, surname.first, surname.last))}`;
      out.push({ first: given.first, last: surname.last, key: nameKey(text) });
      i += 2;
      continue;
    }
    out.push(given);
  }
  return out;
}

export function extractNames(sentence: Sentence, parsed: ParsedSentence = parseSentence(sentence.text)): NameFact[] {
  return findNameMatches(parsed).map((match) => {
    const span = spanOf(parsed, match.first, match.last);
    const fact: NameFact = { kind: 'name', value: match.key, text: sliceOf(parsed, span), source: sentence.source, span };
    if (match.title !== undefined) fact.title = match.title;
    return fact;
  });
}
