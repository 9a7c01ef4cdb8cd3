/**
 * Unit abbreviations of three letters or more that news writes glued to digits ("20mph", "100yds", "5lbs"). Any
 * other longer tail glued to digits makes the digits part of a name ("the 76ers", "the 49ers"), not a figure.
 */
export const GLUED_UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mph', 'kph', 'kmh', 'kmph', 'yds', 'lbs', 'kgs', 'ozs', 'hrs', 'min', 'mins', 'sec', 'secs', 'yrs', 'sqm', 'sqft',
  'sqkm', 'mln', 'bln', 'kcal', 'cal', 'mtrs', 'kms', 'ltr', 'ltrs', 'gal', 'mbps', 'gbps', 'ghz', 'mhz', 'khz', 'mah',
  'kwh', 'mwh', 'gwh', 'pct', 'percent',
]);
