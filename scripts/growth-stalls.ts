/**
 * The growth cases of issue 21 (scripts/growth.ts): each adversarial unit of test/helpers/stalls.ts at a size and
 * at ten times it, through each stage it could stall (HTML detection on the start of a file, the extract stage on
 * a sentence, the whole comparison on an article), and articles of three new names a sentence. Each case may grow
 * at most 15x for 10x the input; all are in the quick set CI runs.
 */
import { extractFacts } from '../src/extract/index.js';
import { parseSentence } from '../src/extract/parse.js';
import { isHtmlInput } from '../src/load/html-detect.js';
import { compare } from '../src/pipeline.js';
import type { Sentence, Source } from '../src/types.js';
import { adversarial } from '../test/helpers/adversarial.js';
import { ARTICLE_A } from '../test/helpers/articles.js';
import { manyNames, STALL_UNITS } from '../test/helpers/stalls.js';

/** The most a stage may grow for 10x the input: linear with room for a busy machine, far from quadratic's 100x. */
export const STALL_LIMIT = 15;

interface StallCase {
  name: string;
  limit: number;
  quick: true;
  sizes: [string, string];
  at: (factor: 1 | 10) => () => unknown;
}

const source = (id: string, text: string): Source => ({ id, path: `${id}.txt`, text });
const sentence = (text: string): Sentence => ({ source: 'x', index: 0, line: 1, text });

export function stallCases(): StallCase[] {
  const list: StallCase[] = [];
  const add = (name: string, sizes: [string, string], at: StallCase['at']) => list.push({ name, limit: STALL_LIMIT, quick: true, sizes, at });
  for (const [name, unit] of STALL_UNITS) {
    add(`detect HTML, a file opening with ${name}`, ['20 KB', '200 KB'], (factor) => {
      const text = `${adversarial(unit, 20_000 * factor)}\nThe bridge reopened.\n`;
      return () => isHtmlInput('x.txt', text);
    });
    add(`extract, a sentence of ${name}`, ['500 chars', '5,000 chars'], (factor) => {
      const text = `${adversarial(unit, 500 * factor - 16)} said Tom Smith.`;
      return () => extractFacts(sentence(text), {}, parseSentence(text));
    });
    add(`compare, an article of lines of ${name}`, ['10 KB', '100 KB'], (factor) => {
      const line = adversarial(unit, 500);
      const sources = [source('a', ARTICLE_A), source('x', `${ARTICLE_A}\n${`${line}\n\n`.repeat(20 * factor)}`)];
      return () => compare(sources);
    });
  }
  for (const [name, initial] of [['new two-word names, near spellings', undefined], ['new two-word names of one initial', 'K']] as const) {
    // Every run names words no run before it named (a name word is over 10 characters): the stages remember words
    // in bounded maps, which a small article's repeated runs would find warm and a large one's would not.
    let first = 0;
    add(`compare, an article of three ${name} a sentence`, ['38 KB', '380 KB'], (factor) => () => {
      const sources = [source('a', ARTICLE_A), source('names', manyNames(38_000 * factor, initial, first))];
      first += Math.ceil((38_000 * factor) / 10);
      return compare(sources);
    });
  }
  return list;
}
