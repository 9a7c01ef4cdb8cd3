/**
 * How badly the counted were hurt: "30 people seriously injured", "two in critical condition" count the badly hurt,
 * "two suffered non-life-threatening injuries", "three with minor injuries" the lightly hurt. Either is a part of
 * all the injured, compared with its like alone.
 */
import { after, NEAR, type ScopeRule } from './model.js';

const SEVERE = /^[^,;.]*?\b(?:(?:seriously|critically|severely|gravely|badly)\s+(?:injured|wounded|hurt)|(?:serious|critical)\s+condition)\b/i;
const MILD =
  /^[^,;.]*?\b(?:(?:slightly|lightly|minorly)\s+(?:injured|wounded|hurt)|(?:minor|light|slight|superficial|non-?\s?life[-\s]threatening|not\s+life[-\s]threatening)\s+(?:injuries|injury|wounds?)|(?:stable|good|fair)\s+condition)\b/i;

export const severity: ScopeRule = {
  name: 'severe, mild',
  kinds: ['number'],
  read: (reading) => {
    const text = after(reading, NEAR);
    return SEVERE.test(text) ? { severe: true } : MILD.test(text) ? { mild: true } : {};
  },
  context: (scope) => (scope.severe === true ? { key: 'severe', label: 'badly hurt' } : scope.mild === true ? { key: 'mild', label: 'lightly hurt' } : undefined),
};
