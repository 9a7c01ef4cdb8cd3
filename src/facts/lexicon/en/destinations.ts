/**
 * Words that tell where a journey was going: "headed to Memphis", "bound for Nashville", "en route to Savannah",
 * "on their way to Jacksonville". A journey of the story (a bus, a flight, a family driving) has one destination
 * in every outlet's telling.
 */

/** A verb form and the prepositions after it that name the destination. */
export const DESTINATION_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['headed', ['to', 'for', 'toward', 'towards']], ['heading', ['to', 'for', 'toward', 'towards']],
  ['bound', ['for']], ['destined', ['for']], ['route', ['to']], ['way', ['to']],
  ['travelling', ['to']], ['traveling', ['to']], ['flying', ['to']], ['driving', ['to']], ['sailing', ['to', 'for']],
]);

/** Words before "route" and "way" that make them a journey's: "en route to", "on their way to". */
export const JOURNEY_LEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['route', ['en']], ['way', ['its', 'their', 'his', 'her', 'the', 'our']],
]);
