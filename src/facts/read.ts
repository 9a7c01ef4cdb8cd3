/** Reading typed facts: every measure of the registry reads every sentence. */
import { MEASURES } from './measures/index.js';
import type { SentenceContext, TypedFact } from './model.js';

export function readTypedFacts(context: SentenceContext): TypedFact[] {
  return MEASURES.flatMap((measure) => measure.read(context));
}
