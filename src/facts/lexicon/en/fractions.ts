/** Fraction words after a hyphen: "two-thirds", "one-half" are not two or one of anything. */
export const FRACTIONS: ReadonlySet<string> = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths', 'tenth', 'tenths',
]);
