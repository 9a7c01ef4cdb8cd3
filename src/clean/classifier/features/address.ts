import { outletNames } from '../../outlet.js';
import { pageVoiceCues, PAGE_VOICE_CUES, type VoiceCues } from '../../rules/page-voice.js';
import type { PageFacts } from '../page.js';
import { flag, type Feature } from './feature.js';

/**
 * Who the line speaks to (src/clean/rules/page-voice.ts reads the cues): reporting speaks of the event in the third
 * person, while the page speaks to its reader ("Do you feel the parks are safe?") and for its outlet ("We will update
 * this story"). The rule removes a line with enough cues; these features give the model the cues of the others,
 * one by one and counted.
 */

/** Each line's cues, worked out on first use (only lines the model scores are read), with the page's outlet. */
const cuesOf = new WeakMap<PageFacts, { outlet: string[]; lines: (VoiceCues | undefined)[] }>();

function cues(f: PageFacts, i: number): VoiceCues {
  let page = cuesOf.get(f);
  if (page === undefined) cuesOf.set(f, (page = { outlet: outletNames(f.page.sourceId), lines: [] }));
  return (page.lines[i] ??= pageVoiceCues(f.lines[i]!.sample, page.outlet, true));
}

export const ADDRESS_FEATURES: readonly Feature[] = [
  { name: 'asks-reader', reason: 'promotion', value: (f, i) => flag(cues(f, i).question) },
  { name: 'you-outside-quotes', reason: 'promotion', value: (f, i) => flag(cues(f, i).reader) },
  { name: 'we-outside-quotes', reason: 'promotion', value: (f, i) => flag(cues(f, i).us) },
  { name: 'page-voice', reason: 'promotion', value: (f, i) => Math.min(cues(f, i).all, PAGE_VOICE_CUES) / PAGE_VOICE_CUES },
];
