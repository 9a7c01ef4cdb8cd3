/**
 * Colour words by the colour they name: shades of one colour agree ("maroon" is a red, "navy" a blue, "silver" a
 * grey), two colours do not ("a white pickup" / "a red pickup").
 */
export const COLOUR_FAMILIES: ReadonlyMap<string, string> = new Map([
  ...['red', 'maroon', 'burgundy', 'crimson', 'scarlet', 'cherry', 'wine'].map((w) => [w, 'red'] as const),
  ...['blue', 'navy', 'teal', 'turquoise'].map((w) => [w, 'blue'] as const),
  ...['green', 'olive'].map((w) => [w, 'green'] as const),
  ...['yellow', 'gold', 'golden'].map((w) => [w, 'yellow'] as const),
  ...['orange'].map((w) => [w, 'orange'] as const),
  ...['purple', 'violet', 'lilac'].map((w) => [w, 'purple'] as const),
  ...['pink'].map((w) => [w, 'pink'] as const),
  ...['brown', 'tan', 'beige', 'bronze'].map((w) => [w, 'brown'] as const),
  ...['black'].map((w) => [w, 'black'] as const),
  ...['white', 'cream', 'ivory'].map((w) => [w, 'white'] as const),
  ...['grey', 'gray', 'silver', 'charcoal'].map((w) => [w, 'grey'] as const),
]);

/** Words that shade a colour without changing it: "dark blue", "light-coloured". */
export const SHADE_WORDS: ReadonlySet<string> = new Set(['dark', 'light', 'pale', 'bright', 'deep', 'metallic']);
