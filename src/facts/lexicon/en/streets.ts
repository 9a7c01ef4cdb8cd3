/**
 * How news writes a place on a street by its block: "the 12200 block of East 223rd Street", "the 200 block of N.
 * Richland Ave.". A street is one question whatever side or type word an outlet writes with it ("East 223rd
 * Street" / "223rd St."), so these words are set aside from the street's name.
 */

/** Words of a compass side before a street's name, without their full stop: "East 223rd Street", "N. Richland Avenue". */
export const STREET_SIDES: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw',
]);

/** Type words after a street's name, written out or short, without their full stop: "Street", "St.", "Blvd". */
export const STREET_TYPES: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'court', 'ct',
  'place', 'pl', 'way', 'highway', 'hwy', 'parkway', 'pkwy', 'terrace', 'circle', 'trail', 'pike', 'row', 'square',
]);
