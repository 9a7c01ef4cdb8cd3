/**
 * A verb with the words around it that name another happening than the verb alone: "taken into custody" is
 * arrested, "shot dead" and "fatally stabbed" killed, "lost their lives" died, "claimed the lives of" killed. Outlets word one count these ways and
 * plainly ("were arrested", "were killed"); read so, the counts meet. General news English, one entry per
 * happening. `means` is the lemma the count's verb becomes. (Those "rushed to hospital" stay out: tried as the
 * hospitalised, such counts mixed groups and gave false conflicts; see extract/frames.ts.)
 */
export interface EventIdiom {
  /** Lemmas of the verb. */
  verbs: readonly string[];
  /** Words right after the verb (adverbs and particles passed over), any of these sequences; lower case. */
  after?: readonly (readonly string[])[];
  /** A word right before the verb (auxiliaries passed over), any of these. */
  before?: readonly string[];
  /** Words between the verb and the count it governs ("claimed the lives of 12"), any of these sequences. */
  between?: readonly (readonly string[])[];
  means: string;
}

export const EVENT_IDIOMS: readonly EventIdiom[] = [
  { verbs: ['take', 'place', 'put', 'remand'], after: [['into', 'custody'], ['in', 'custody'], ['under', 'arrest']], means: 'arrest' },
  { verbs: ['shoot', 'gun'], after: [['dead']], means: 'kill' },
  { verbs: ['shoot', 'stab', 'beat', 'burn', 'crush', 'trample', 'hack', 'bludgeon', 'strangle', 'club'], after: [['to', 'death']], means: 'kill' },
  { verbs: ['shoot', 'stab', 'wound', 'injure', 'hit', 'strike', 'beat'], before: ['fatally', 'mortally'], means: 'kill' },
  { verbs: ['lose'], after: [['their', 'lives'], ['his', 'life'], ['her', 'life'], ['lives']], means: 'die' },
  { verbs: ['claim', 'take'], between: [['the', 'lives', 'of'], ['the', 'life', 'of']], means: 'kill' },
];
