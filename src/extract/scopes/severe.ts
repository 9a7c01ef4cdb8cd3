/** The badly hurt only: "30 people seriously injured", "two in critical condition", a part of all the injured. */
import { after, NEAR, type ScopeRule } from './model.js';

const SEVERE = /^[^,;.]*?\b(?:(?:seriously|critically|severely|gravely|badly)\s+(?:injured|wounded|hurt)|(?:serious|critical)\s+condition)\b/i;

export const severe: ScopeRule = {
  name: 'severe',
  kinds: ['number'],
  read: (reading) => (SEVERE.test(after(reading, NEAR)) ? { severe: true } : {}),
  context: (scope) => (scope.severe === true ? { key: 'severe', label: 'badly hurt' } : undefined),
};
