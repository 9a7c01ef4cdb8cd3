/**
 * English words of units and of the contexts that tell what a figure with a unit measures, one list per concept.
 * Data only: the measures (../../measures/) read with them.
 */

/** A unit as written, its symbol for people, and how many base units one of it is. */
export interface UnitEntry {
  symbol: string;
  /** Base units (kg, °C steps, m) per one of this unit. */
  factor: number;
}

const LB: UnitEntry = { symbol: 'lb', factor: 0.45359237 };
const KG: UnitEntry = { symbol: 'kg', factor: 1 };
const G: UnitEntry = { symbol: 'g', factor: 0.001 };
const OZ: UnitEntry = { symbol: 'oz', factor: 0.028349523125 };
const TONNE: UnitEntry = { symbol: 't', factor: 1000 };
/** A "ton" in American news is the short ton. */
const TON: UnitEntry = { symbol: 'ton', factor: 907.18474 };
const STONE: UnitEntry = { symbol: 'st', factor: 6.35029318 };

/** Weight units, base kg. "g" alone is left out: "5G", "4g" of data. */
export const WEIGHT_UNITS: ReadonlyMap<string, UnitEntry> = new Map([
  ['pound', LB], ['pounds', LB], ['lb', LB], ['lbs', LB],
  ['kilogram', KG], ['kilograms', KG], ['kilogramme', KG], ['kilogrammes', KG], ['kg', KG], ['kgs', KG], ['kilo', KG], ['kilos', KG],
  ['gram', G], ['grams', G], ['gramme', G], ['grammes', G],
  ['ounce', OZ], ['ounces', OZ], ['oz', OZ],
  ['tonne', TONNE], ['tonnes', TONNE], ['ton', TON], ['tons', TON],
  ['stone', STONE],
]);

/** Weight units that also name a currency: a weight only where the context says so. */
export const CURRENCY_UNIT_WORDS = new Set(['pound', 'pounds']);

/** Words of weighing: "weighing 130 pounds", "a weight of 2 kg", "300 pounds heavy". */
export const WEIGH_WORDS = new Set(['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'weights', 'heavy', 'heavier', 'heaviest', 'scales']);

/** Words of money in a clause: "cost 5 pounds", "worth", "paid", "a fine of". */
export const MONEY_WORDS = new Set([
  'cost', 'costs', 'costing', 'worth', 'paid', 'pay', 'pays', 'paying', 'payment', 'price', 'priced', 'prices', 'fine', 'fined',
  'fee', 'fees', 'salary', 'wage', 'wages', 'bail', 'bill', 'budget', 'fund', 'funds', 'funding', 'raise', 'raised', 'spend',
  'spent', 'spending', 'sum', 'compensation', 'damages', 'award', 'awarded', 'bonus', 'prize', 'ransom', 'loan', 'debt',
  'sterling', 'cash', 'money', 'donated', 'donation', 'invest', 'invested', 'investment', 'profit', 'revenue', 'sold',
  'bought', 'buy', 'sell', 'charged', 'earn', 'earned', 'earns', 'tax', 'pension', 'reward', 'stolen', 'stole', 'bet', 'pence',
]);

/** Nouns a sum of money buys or is: "a five-pound note", "pounds of taxpayers' money". */
export const MONEY_NOUNS = new Set(['note', 'notes', 'coin', 'coins', 'fine', 'fee', 'bill', 'cheque', 'check', 'ticket', 'money', 'cash', 'funding', 'debt', 'investment', 'prize', 'bet', 'reward', 'deal', 'contract', 'budget', 'loan', 'bonus']);

/** Nouns for a person, so "a 200-pound man" is a person's weight and "a 300-pound bomb" an object's. */
export const PERSON_NOUNS = new Set([
  'man', 'woman', 'men', 'women', 'male', 'female', 'boy', 'girl', 'person', 'suspect', 'teen', 'teenager', 'child', 'baby',
  'infant', 'youth', 'officer', 'victim', 'gunman', 'player', 'senior', 'junior', 'freshman', 'sophomore', 'center', 'centre',
  'forward', 'guard', 'heavyweight', 'boxer', 'fighter', 'champion', 'challenger', 'inmate', 'prisoner', 'driver', 'student',
  'son', 'daughter', 'mother', 'father', 'husband', 'wife', 'brother', 'sister', 'soldier', 'deputy', 'athlete', 'lineman',
]);

/** Pronouns standing for a person: the subject the run names elsewhere ("He is 5-foot-8, 130 pounds"). */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);

/** Words that end a clause for finding whom a figure belongs to: a name before "said" is the speaker. */
export const SUBJECT_BOUNDARIES = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'said', 'says', 'told', 'tells', 'according', 'when', 'while', 'after', 'before',
  'because', 'but', 'although', 'though', 'whereas', 'warned', 'added', 'reported', 'stated',
]);

/** Words before a name that make it a place ("in Houston"), not the person described. */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'of', 'to', 'into', 'outside', 'across']);

/** Words of a hedge before a figure ("about 130 pounds"). */
export const HEDGE_WORDS = ['about', 'around', 'approximately', 'approx.', 'roughly', 'nearly', 'almost', 'some', 'an estimated', 'estimated', 'close to', 'more or less'];
/** Words of a floor before a figure ("more than 300 pounds"). */
export const FLOOR_WORDS = ['more than', 'over', 'above', 'at least', 'upwards of', 'in excess of', 'no less than'];
/** Words of a ceiling before a figure ("up to 40C"). */
export const CEILING_WORDS = ['less than', 'under', 'up to', 'at most', 'no more than', 'fewer than'];

/** Number words for figures written out ("two kilograms", "minus twenty degrees"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
]);

// --------------------------------------------------------------------------------------------- temperature

/** Temperature scales as written after a figure or "degrees". */
export const TEMPERATURE_SCALES: ReadonlyMap<string, 'C' | 'F'> = new Map([
  ['c', 'C'], ['celsius', 'C'], ['centigrade', 'C'], ['f', 'F'], ['fahrenheit', 'F'],
]);

/** Words that make "N degrees" a temperature when no scale is written. */
export const TEMPERATURE_WORDS = new Set([
  'temperature', 'temperatures', 'temp', 'temps', 'weather', 'cold', 'colder', 'coldest', 'hot', 'hotter', 'hottest', 'heat',
  'warm', 'warmer', 'warmest', 'chilly', 'freezing', 'frigid', 'frozen', 'sweltering', 'thermometer', 'thermometers', 'mercury',
  'chill', 'heatwave', 'frost', 'icy', 'balmy', 'scorching', 'forecast', 'degree', 'degrees',
]);

/** Nouns a bare figure after which is a temperature: "temperatures were minus 20", "a low of -5". */
export const TEMPERATURE_NOUNS = new Set(['temperature', 'temperatures', 'temp', 'temps', 'thermometer', 'thermometers', 'mercury', 'high', 'highs', 'low', 'lows']);

/** Links between a temperature noun and a bare figure: "temperatures were minus 20", "will drop to -5". */
export const TEMPERATURE_LINKS = [
  'of', 'were', 'was', 'are', 'is', 'at', 'reached', 'reach', 'hit', 'touched', 'near', 'around', 'stood at', 'hovered around',
  'hovered near', 'hovered at', 'dropped to', 'drop to', 'drops to', 'fell to', 'fall to', 'falls to', 'rose to', 'rise to',
  'rises to', 'climbed to', 'climb to', 'plunged to', 'plunge to', 'sank to', 'sink to', 'plummeted to', 'plummet to', 'soared to',
  'soar to',
];
/** Auxiliaries before such a link: "temperatures will drop to". */
export const TEMPERATURE_AUXILIARIES = ['will', 'would', 'could', 'may', 'might', 'should', 'are expected to', 'were expected to'];

/** Words that may follow a bare temperature figure; any other word makes it a figure of something else ("a high of 20 percent"). */
export const TEMPERATURE_FOLLOWERS = new Set([
  'degrees', 'degree', 'celsius', 'fahrenheit', 'c', 'f', 'and', 'or', 'on', 'in', 'at', 'with', 'as', 'by', 'when', 'while',
  'for', 'to', 'during', 'overnight', 'today', 'yesterday', 'tomorrow', 'tonight', 'this', 'that', 'last', 'next', 'below',
  'above', 'early', 'late', 'then', 'there', 'outside', 'inside', 'before', 'after', 'until', 'but',
]);

/** Words that make "N degrees" an angle, a magnitude or a grade, not a temperature. */
export const NOT_TEMPERATURE_WORDS = new Set([
  'richter', 'magnitude', 'quake', 'earthquake', 'tremor', 'aftershock', 'aftershocks', 'latitude', 'longitude', 'angle', 'angles',
  'turn', 'turned', 'turning', 'rotate', 'rotated', 'spun', 'tilt', 'tilted', 'slope', 'incline', 'arc', 'pitch', 'bank',
  'banked', 'heading', 'compass', 'burn', 'burns', 'murder', 'scale',
]);

/** What a temperature is of, by a word next to it ("water temperature", "a body temperature of"); air otherwise. */
export const TEMPERATURE_OF: ReadonlyArray<{ id: string; label: string; words: readonly string[] }> = [
  { id: 'temperature:water', label: 'water temperature', words: ['water', 'sea', 'ocean', 'lake', 'river', 'pool', 'surface'] },
  { id: 'temperature:body', label: 'body temperature', words: ['body', 'fever', 'core'] },
  { id: 'temperature:fire', label: 'temperature of the fire', words: ['fire', 'flames', 'blaze', 'oven', 'furnace', 'engine'] },
];

/** Words that put a temperature on another day or record: a forecast, a record, not the event's own weather. */
export const TEMPERATURE_SCOPES: ReadonlyArray<{ axis: string; value: string; words: readonly string[] }> = [
  { axis: 'time', value: 'forecast', words: ['forecast', 'forecasts', 'expected', 'predicted', 'tomorrow', 'will'] },
  { axis: 'time', value: 'record', words: ['record', 'records', 'all-time', 'ever'] },
  { axis: 'time', value: 'average', words: ['average', 'normal', 'usual', 'typically', 'typical'] },
];

// --------------------------------------------------------------------------------------------- height

/** Length units of a person's height, base m. */
export const HEIGHT_UNITS: ReadonlyMap<string, UnitEntry> = new Map([
  ['m', { symbol: 'm', factor: 1 }], ['metre', { symbol: 'm', factor: 1 }], ['metres', { symbol: 'm', factor: 1 }],
  ['meter', { symbol: 'm', factor: 1 }], ['meters', { symbol: 'm', factor: 1 }],
  ['cm', { symbol: 'cm', factor: 0.01 }], ['centimetres', { symbol: 'cm', factor: 0.01 }], ['centimeters', { symbol: 'cm', factor: 0.01 }],
  ['ft', { symbol: 'ft', factor: 0.3048 }], ['foot', { symbol: 'ft', factor: 0.3048 }], ['feet', { symbol: 'ft', factor: 0.3048 }],
  ['in', { symbol: 'in', factor: 0.0254 }], ['inch', { symbol: 'in', factor: 0.0254 }], ['inches', { symbol: 'in', factor: 0.0254 }],
]);

/** Words before a height that make it a person's: "stands 6 feet", "a height of 1.8 m". */
export const STATURE_WORDS = new Set(['stands', 'stood', 'standing', 'height', 'measuring', 'measures', 'described']);
