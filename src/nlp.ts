import model from 'wink-eng-lite-web-model';
import { parseSentence } from './extract/parse.js';
import type { ParsedSentence } from './extract/types.js';

/** Porter2 stem of a single word, as the model's own stemmer gives it. */
export function stem(word: string): string {
  // The model's typings leave addons untyped; the stemmer is a plain string -> string function.
  return (model.addons.stem as (w: string) => string)(word);
}

/** Per-token views of a parsed sentence. */
export interface TokenView {
  value: string[];
  type: string[];
  lemma: string[];
  pos: string[];
}

/**
 * The tokens of a text as normalize reads them. One wink instance and one parse serve every stage: pass the
 * sentence's parse when the caller has it (the pipeline parses each sentence once for normalize and extract).
 */
export function tokenize(text: string, parsed: ParsedSentence = parseSentence(text)): TokenView {
  const { tokens } = parsed;
  return {
    value: tokens.map((t) => t.text),
    type: tokens.map((t) => t.type),
    lemma: tokens.map((t) => t.lemma),
    pos: tokens.map((t) => t.pos),
  };
}
