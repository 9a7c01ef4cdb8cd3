/** The typed facts the fact layer's measures read from sentences, as the pipeline gives them their mentions. */
import { articleScopes, extractFacts, frameFacts, parseSentence } from '../../src/extract/index.js';
import { readTypedFacts, type SentenceContext, type TypedFact } from '../../src/facts/index.js';
import { MEASURES } from '../../src/facts/measures/index.js';

/** One sentence (of source "a", past the lead) with its parse and the mentions the extract stage finds in it. */
function contextOf(text: string): SentenceContext {
  const sentence = { source: 'a', line: 1, text, index: 4 };
  const parsed = parseSentence(text);
  const [mentions] = articleScopes([sentence], [frameFacts(extractFacts(sentence, {}, parsed).map((f) => ({ ...f, line: 1, sentence: 4 })), parsed)]);
  return { sentence, parsed, mentions: mentions! };
}

/** The facts one measure reads from one sentence. */
export function readWith(measure: string, text: string): TypedFact[] {
  return MEASURES.find((m) => m.id === measure)!.read(contextOf(text));
}

/** Every typed fact the fact layer reads from one sentence, as `readTypedFacts` gives them: "measure words" each. */
export function readAll(text: string): string[] {
  return readTypedFacts(contextOf(text)).map((f) => `${f.measure} ${f.evidence.words}`);
}
