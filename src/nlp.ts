import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One wink-nlp instance for the whole process: loading the model takes time and memory, so every stage
 * that parses English shares this one, created on first use.
 */
let instance: ReturnType<typeof winkNLP> | undefined;

export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model);
  return instance;
}

/** Porter2 stem of a single word, as the model's own stemmer gives it. */
export function stem(word: string): string {
  // The model's typings leave addons untyped; the stemmer is a plain string -> string function.
  return (model.addons.stem as (w: string) => string)(word);
}

/** Per-token views of a text, parsed once. */
export interface TokenView {
  value: string[];
  type: string[];
  lemma: string[];
  pos: string[];
}

export function tokenize(text: string): TokenView {
  const { its } = nlp();
  const tokens = nlp().readDoc(text).tokens();
  // wink's typings declare its.lemma/its.pos with a signature out() does not accept; they work at run time.
  const out = (f: unknown): string[] => tokens.out(f as ItsFunction<string>) as string[];
  return { value: out(its.value), type: out(its.type), lemma: out(its.lemma), pos: out(its.pos) };
}
