/** Length units written glued to digits: "150m", "10km", "6ft" (a glued "m" after a currency is millions). */
export const GLUED_LENGTHS: ReadonlyMap<string, string> = new Map([['m', 'metre'], ['km', 'km'], ['ft', 'foot'], ['mi', 'mile']]);
