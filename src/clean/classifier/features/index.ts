import { ADDRESS_FEATURES } from './address.js';
import { CREDIT_FEATURES } from './credits.js';
import type { Feature } from './feature.js';
import { MARK_FEATURES } from './marks.js';
import { PLACE_FEATURES } from './place.js';
import { REPEAT_FEATURES } from './repeats.js';
import { RULE_FEATURES } from './rules.js';
import { SHAPE_FEATURES } from './shape.js';
import { TOPIC_FEATURES } from './topic.js';

/**
 * The registry: every feature the line classifier reads, group by group, in the order of the weights
 * (./weights.ts names each weight; a weight whose name is not here, or a feature with no weight, is an error).
 */
export const FEATURE_GROUPS: readonly { group: string; features: readonly Feature[] }[] = [
  { group: 'shape', features: SHAPE_FEATURES },
  { group: 'marks', features: MARK_FEATURES },
  { group: 'credits', features: CREDIT_FEATURES },
  { group: 'address', features: ADDRESS_FEATURES },
  { group: 'topic', features: TOPIC_FEATURES },
  { group: 'place', features: PLACE_FEATURES },
  { group: 'repeats', features: REPEAT_FEATURES },
  { group: 'rules', features: RULE_FEATURES },
];

export const FEATURES: readonly Feature[] = FEATURE_GROUPS.flatMap((g) => g.features);

export type { Feature } from './feature.js';
