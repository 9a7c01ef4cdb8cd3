/** Words of earthquakes and their magnitude: what makes a bare "6.1" a magnitude ("a 6.1 quake", "magnitude 6.1"). */

/** Nouns for an earthquake. */
export const QUAKE_NOUNS: ReadonlySet<string> = new Set(['quake', 'earthquake', 'tremor', 'temblor', 'aftershock', 'shock']);

/** Words of the magnitude scale, before or after the figure: "magnitude 5.9", "6.1-magnitude", "a strength of 5". */
export const MAGNITUDE_WORDS: ReadonlySet<string> = new Set(['magnitude', 'strength', 'richter']);

/** Lemmas that make a sentence speak of an earthquake. */
export const QUAKE_WORDS: ReadonlySet<string> = new Set([...QUAKE_NOUNS, 'magnitude', 'richter']);

/** Words between a magnitude word and its figure: "a magnitude of 5.9", "put the magnitude at 6.1". */
export const MAGNITUDE_LINKS: readonly string[] = ['of', 'at', 'to', 'was', 'is', 'measuring', 'measured'];
