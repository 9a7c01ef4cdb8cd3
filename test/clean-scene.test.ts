import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import { isSceneDescription } from '../src/clean/rules/scene.js';
import type { CleanedSource, RemovalReason, Source } from '../src/types.js';

/**
 * Pictures' descriptions written as sentences (src/clean/rules/scene.ts and the page pass): a sentence with no verb
 * of time is a caption only where a caption stands (under the headline above the lead, next to a credit or a
 * player's label). Every text here is made up for the test.
 */

type Outcome = RemovalReason | 'kept' | 'headline' | 'missing';

function outcomeAt(result: CleanedSource, line: number): Outcome {
  if (result.headline?.line === line) return 'headline';
  if (result.kept.some((k) => k.line === line)) return 'kept';
  return result.removed.find((r) => r.line === line)?.reason ?? 'missing';
}

const source = (lines: string[]): Source => ({ id: 'dailyplanet.com', path: 'dailyplanet.com.txt', text: lines.join('\n\n') });
const lineOf = (paragraph: number): number => 2 * paragraph + 1;

const HEADLINE = 'Two hurt as fire guts empty warehouse in Marlow';
const BODY = [
  'MARLOW — Two firefighters were hurt early Tuesday when fire gutted an empty paper warehouse on Quay Street, the chief said.',
  'The first crews reached the building at 3:40 a.m. and found the roof in flames, Chief Ann Vale said.',
  'Both firefighters were treated for burns and were in stable condition on Tuesday afternoon.',
  'About 60 firefighters fought the fire for five hours before it was under control.',
];

const SCENES = [
  'Firefighters spray water on the burning roof of the warehouse on Tuesday morning.',
  'A firefighter walks past the charred front of the building.',
  'Chief Ann Vale speaks to reporters outside the warehouse.',
  'Smoke rises over Quay Street as crews arrive at the scene.',
  'Map of the streets around the warehouse where the fire broke out.',
  'A view of the warehouse after the fire was put out.',
  'Online profile of the building owner Tom Reeve.',
  'Neighbours gather outside the house where the fire had started.',
];

const REPORTING = [
  'Two firefighters were hurt in the fire.',
  'As two engines, which were on another call, arrived at the scene, the roof fell in.',
  'That is when they found the second firefighter inside the building.',
  'Detectives continue to investigate the cause of the fire.',
  'The chief calls the fire the worst in the town in a decade.',
  'Fire crews found the door forced open, police said.',
  'Two years after a fire destroyed the mill, the town has no paper works left.',
  '"We pulled everyone out when the roof started to sag," Vale said.',
  'MARLOW — Video from a neighbour catches the moment the roof falls in.',
  'The man who set the fire at the warehouse in September was ordered to stand trial.',
  'An explosion hit the warehouse on Sunday, injuring two firefighters and a guard.',
];

describe('a scene described as a sentence', () => {
  it.each(SCENES)('"%s" has no verb of time', (text) => {
    expect(isSceneDescription(text)).toBe(true);
  });

  it.each(REPORTING)('"%s" reports', (text) => {
    expect(isSceneDescription(text)).toBe(false);
  });

  it('is not judged in another script or language', () => {
    expect(isSceneDescription('Мост через реку открылся в понедельник после ремонта.')).toBe(false);
    expect(isSceneDescription('Le pont sur le fleuve rouvre lundi après six mois de travaux.')).toBe(false);
  });

  it('is not a title, a label or a paragraph-long line', () => {
    expect(isSceneDescription('Fire in Marlow')).toBe(false);
    expect(isSceneDescription('Firefighters at the scene on Tuesday:')).toBe(false);
  });
});

describe('the page pass: a scene sentence where a caption stands', () => {
  it.each(SCENES)('"%s" under the headline, above the lead, is a caption', (scene) => {
    const result = clean(source([HEADLINE, scene, ...BODY]));
    expect(outcomeAt(result, lineOf(1))).toBe('caption');
    for (let k = 0; k < BODY.length; k += 1) expect(outcomeAt(result, lineOf(2 + k))).toBe('kept');
  });

  it.each(SCENES)('"%s" next to a photo credit is a caption', (scene) => {
    const lines = [HEADLINE, BODY[0]!, BODY[1]!, scene, '(Photo: Jane Roe/Daily Planet)', BODY[2]!, BODY[3]!];
    expect(outcomeAt(clean(source(lines)), lineOf(3))).toBe('caption');
  });

  it.each(SCENES)('"%s" between paragraphs of reporting, with nothing around it, stays', (scene) => {
    const lines = [HEADLINE, BODY[0]!, BODY[1]!, scene, BODY[2]!, BODY[3]!];
    expect(outcomeAt(clean(source(lines)), lineOf(3))).toBe('kept');
  });

  it.each(REPORTING)('"%s" under the headline stays', (line) => {
    expect(outcomeAt(clean(source([HEADLINE, line, ...BODY])), lineOf(1))).toBe('kept');
  });

  it.each(REPORTING)('"%s" next to a photo credit stays', (line) => {
    const lines = [HEADLINE, BODY[0]!, BODY[1]!, line, '(Photo: Jane Roe/Daily Planet)', BODY[2]!, BODY[3]!];
    expect(outcomeAt(clean(source(lines)), lineOf(3))).toBe('kept');
  });

  it('one sentence a line (no blank lines): a scene under the title above the lead is a caption too', () => {
    const result = clean({ id: 'dailyplanet.com', path: 'dailyplanet.com.txt', text: [HEADLINE, SCENES[0]!, ...BODY].join('\n') });
    expect(outcomeAt(result, 2)).toBe('caption');
    for (let k = 0; k < BODY.length; k += 1) expect(outcomeAt(result, 3 + k)).toBe('kept');
  });

  it('the page\'s first line is its title, whatever its shape', () => {
    const result = clean(source(['Six hurt in warehouse fire in Marlow, Kent.', ...BODY]));
    expect(outcomeAt(result, lineOf(0))).not.toBe('caption');
  });
});
