/** The typed facts the fact layer's measures read from sentences, as the pipeline gives them their mentions. */
import { articleScopes, extractFacts, frameFacts, parseSentence } from '../../src/extract/index.js';
import { readTypedFacts, type TypedFact } from '../../src/facts/index.js';
import { MEASURES } from '../../src/facts/measures/index.js';

/** The facts one measure reads from one sentence (of source "a", past the lead). */
export function readWith(measure: string, text: string): TypedFact[] {
  const sentence = { source: 'a', line: 1, text, index: 4 };
  const parsed = parseSentence(text);
  const [mentions] = articleScopes([sentence], [frameFacts(extractFacts(sentence, {}, parsed).map((f) => ({ ...f, line: 1, sentence: 4 })), parsed)]);
  const reader = MEASURES.find((m) => m.id === measure)!;
  return reader.read({ sentence, parsed, mentions: mentions! });
}

/** Every typed fact the fact layer reads from one sentence, as `readTypedFacts` gives them: "measure words" each. */
export function readAll(text: string): string[] {
  const sentence = { source: 'a', line: 1, text, index: 4 };
  const parsed = parseSentence(text);
  const [mentions] = articleScopes([sentence], [frameFacts(extractFacts(sentence, {}, parsed).map((f) => ({ ...f, line: 1, sentence: 4 })), parsed)]);
  return readTypedFacts({ sentence, parsed, mentions: mentions! }).map((f) => `${f.measure} ${f.evidence.words}`);
}
