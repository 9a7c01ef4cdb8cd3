/** Currencies as written next to a figure, to the currency's name: "$5 million", "€20", "300 roubles". */

/** Symbols before the figure: "$5 million", "£20", "US$3". */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'dollar'], ['us$', 'dollar'], ['a$', 'dollar'], ['c$', 'dollar'], ['€', 'euro'], ['£', 'pound'], ['¥', 'yen'],
  ['₹', 'rupee'], ['₽', 'ruble'], ['₴', 'hryvnia'],
]);

/** Words after the figure: "20 euros", "300 roubles". */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'dollar'], ['dollars', 'dollar'], ['euro', 'euro'], ['euros', 'euro'], ['pound', 'pound'], ['pounds', 'pound'],
  ['yuan', 'yuan'], ['yen', 'yen'], ['rupee', 'rupee'], ['rupees', 'rupee'], ['ruble', 'ruble'], ['rubles', 'ruble'],
  ['rouble', 'ruble'], ['roubles', 'ruble'], ['hryvnia', 'hryvnia'], ['hryvnias', 'hryvnia'],
]);

/** The currencies' names ("dollar", "ruble"). */
export const CURRENCY_NAMES: ReadonlySet<string> = new Set(CURRENCY_WORDS.values());
