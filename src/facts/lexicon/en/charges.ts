/**
 * Words of criminal charges: how a charge is laid ("charged with murder", "faces a charge of arson", "faces
 * charges of theft") and the words too general to tell one offence from another ("a felony", "a crime").
 */

/** Verbs that lay a charge in a "with" phrase: "was charged with", "Police charged Roe with". */
export const CHARGING_VERBS: ReadonlySet<string> = new Set(['charge', 'indict']);

/** Verbs that hold a charge in an "of" phrase after "charge(s)": "faces a charge of", "denied charges of". */
export const CHARGE_HOLDING_VERBS: ReadonlySet<string> = new Set(['face', 'deny', 'file', 'bring', 'lay', 'press', 'drop']);

/** Offence words that name no offence of their own: agreeing with any. */
export const GENERAL_OFFENCES: ReadonlySet<string> = new Set([
  'crime', 'offence', 'offense', 'felony', 'misdemeanor', 'misdemeanour', 'count', 'charge', 'homicide', 'violation', 'crimes',
]);

/** Words that end an offence's phrase: "murder in the death of", "assault with a deadly weapon", "theft after". */
export const OFFENCE_ENDS: ReadonlySet<string> = new Set(['in', 'for', 'with', 'after', 'over', 'on', 'at', 'and', 'or', 'but', 'while', 'following']);
