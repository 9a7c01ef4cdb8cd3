import { describe, expect, it } from 'vitest';
import { FEATURES } from '../src/clean/classifier/features/index.js';
import { decideLines, featureRows, type ClassifierPage, type RuleVerdict } from '../src/clean/classifier/index.js';
import { alignWeights, strongestReason } from '../src/clean/classifier/model.js';
import { smoothed } from '../src/clean/classifier/smooth.js';
import { LINE_MODEL } from '../src/clean/classifier/weights.js';
import { clean, cleanSources } from '../src/clean/index.js';
import type { RemovalReason, Source } from '../src/types.js';

/**
 * The clean stage's line classifier (src/clean/classifier): its features on lines made up for the test, its
 * weights against its registry, the reason it gives, and the list smoothing. No figure of the fit is checked here:
 * the weights are data, refitted by `npm run fit:clutter`.
 */

const kept: RuleVerdict = { line: null, page: { kind: 'kept' }, tail: false };
const removedBy = (reason: RemovalReason): RuleVerdict => ({ line: reason, page: { kind: 'removed', reason }, tail: false });

function page(texts: string[], rules?: RuleVerdict[], sourceId = 'dailyplanet.com'): ClassifierPage {
  return { sourceId, texts, rules: rules ?? texts.map(() => kept) };
}

/** The value of one feature on the line at `index` of a page. */
function featureOn(name: string, p: ClassifierPage, index: number): number {
  const k = FEATURES.findIndex((f) => f.name === name);
  expect(k).toBeGreaterThanOrEqual(0);
  return featureRows(p).rows[index]![k]!;
}

const PROSE = 'The bridge over the Alder River was closed on Tuesday after inspectors found a crack, officials said.';

describe('line features', () => {
  it.each([
    ['handle', '@CityTransit crews are on site now', 1],
    ['handle', 'Crews were on site by noon, the agency said.', 0],
    ['link', 'More at www.example.org/bridge', 1],
    ['link', PROSE, 0],
    ['trailing-bracket', 'Inspectors walk along the closed bridge deck (Jane Roe / Daily Planet)', 1],
    ['name-slash-name', 'Copyright 2020 Planet Wire/KXYZ. All rights reserved.', 1],
    ['call-to-action', 'Subscribe to our newsletter for morning headlines', 1],
    ['call-to-action', PROSE, 0],
    ['names-outlet', 'Dailyplanet will update this story as details come in.', 1],
    ['outlet-speaks', 'Dailyplanet will update this story as details come in.', 1],
    ['outlet-speaks', 'The engineer told Dailyplanet the crack was new.', 0],
    ['in-brackets', '(Viewed 1,204 times, 3 views today)', 1],
    ['past-tense', PROSE, 1],
    ['list-item', '- 3 steel bolts', 1],
    ['list-item', PROSE, 0],
    ['outlet-signs', 'Inspectors walk along the closed deck on Tuesday. Dailyplanet 7', 1],
    ['outlet-signs', 'Inspectors told Dailyplanet the deck was safe. They left at noon.', 0],
    ['points-at-medium', 'This photo shows the crack in the bridge deck.', 1],
    ['points-at-medium', 'The attached video shows traffic backed up for a mile.', 1],
    ['points-at-medium', 'Video shows a truck crossing the bridge before it closed.', 0],
    ['asks-reader', 'Do you cross the Alder River bridge every day?', 1],
    ['asks-reader', '"Who checks these bridges?" asked one driver.', 0],
    ['you-outside-quotes', 'Tell us what you think of the closure.', 1],
    ['you-outside-quotes', '"You cannot cross," the officer said.', 0],
    ['we-outside-quotes', 'We will update this story as repairs go on.', 1],
    ['page-voice', 'We will update this story as repairs go on.', 1],
    ['page-voice', PROSE, 0],
  ])('%s on "%s" is %d', (name, text, expected) => {
    expect(featureOn(name, page(['Bridge closed after crack found', text]), 1)).toBe(expected);
  });

  it('a credit or a time stamp in brackets cut off a line is a caption\'s mark; other cuts are not', () => {
    const texts = ['Bridge closed', 'Inspectors walk along the deck on Tuesday.', PROSE, PROSE];
    const originals = [
      'Bridge closed',
      'Inspectors walk along the deck on Tuesday. (Source: Jane Roe/Daily Planet)',
      `${PROSE} (Published Tuesday, May 4, 2021)`,
      `${PROSE} Click here for more.`,
    ];
    const p: ClassifierPage = { ...page(texts), originals };
    expect([1, 2, 3].map((i) => featureOn('bracket-cut', p, i))).toEqual([1, 1, 0]);
  });

  it('a list whose lead-in is a sentence is a list under a sentence; a list under a label is not', () => {
    const underSentence = page(['Bridge closed', 'Inspectors removed these parts from the span:', '- 3 steel bolts', '- 1 cable clamp']);
    const underLabel = page(['Bridge closed', 'MORE', '- Mayor opens park', '- Rain ahead']);
    expect(featureOn('list-under-sentence', underSentence, 2)).toBe(1);
    expect(featureOn('list-under-sentence', underLabel, 2)).toBe(0);
  });

  it('a line that retells another line of its page echoes it; an unrelated one does not', () => {
    const retold = page([
      'Bridge closed',
      'Inspectors found a crack in the main girder of the Alder River bridge on Tuesday.',
      PROSE,
      'On Tuesday inspectors found a crack in the main girder of the Alder River bridge, the city said.',
      'Tickets for the spring fair go on sale at the library next month.',
    ]);
    expect(featureOn('retells-a-line', retold, 1)).toBe(1);
    expect(featureOn('echoes-a-line', retold, 2)).toBeLessThan(featureOn('echoes-a-line', retold, 1));
    expect(featureOn('retells-a-line', retold, 4)).toBe(0);
    expect(featureOn('echoes-a-line', retold, 4)).toBeLessThan(0.5);
  });

  it('lines printed twice are a gallery when more than one is and the copies are a minority of the page', () => {
    const captions = ['Crews inspect the span at dawn', 'The closed bridge seen from the east bank'];
    const prose = [PROSE, 'Engineers will report to the council next week, the mayor said.', 'Buses will run a detour meanwhile.'];
    const gallery = page(['Bridge closed', ...captions, ...prose, 'CREWS inspect the span, at dawn!', captions[1]!]);
    expect(featureOn('repeated-on-page', gallery, 1)).toBe(1);
    expect(featureOn('repeated-on-page', gallery, 3)).toBe(0);
    const oneRepeat = page(['Bridge closed', captions[0]!, ...prose, captions[0]!]);
    expect(featureOn('repeated-on-page', oneRepeat, 1)).toBe(0);
    const scrapedTwice = page(['Bridge closed', ...prose, ...prose]);
    expect(featureOn('repeated-on-page', scrapedTwice, 1)).toBe(0);
  });

  it('every feature gives a finite number on every line, empty and huge ones included', () => {
    const rows = featureRows(page(['Bridge closed', '', 'x'.repeat(50_000), '•', PROSE])).rows;
    for (const row of rows) {
      expect(row).toHaveLength(FEATURES.length);
      for (const v of row) expect(Number.isFinite(v)).toBe(true);
    }
  });
});

describe('the model', () => {
  it('has one weight per registered feature, by name', () => {
    expect(() => alignWeights(LINE_MODEL, FEATURES)).not.toThrow();
    expect([...LINE_MODEL.names].sort()).toEqual(FEATURES.map((f) => f.name).sort());
  });

  it('refuses weights that name a feature the registry lacks', () => {
    const stale = { ...LINE_MODEL, names: [...LINE_MODEL.names, 'no-such-feature'], weights: [...LINE_MODEL.weights, 0] };
    expect(() => alignWeights(stale, FEATURES)).toThrow(/fit:clutter/);
  });

  it('refuses weights that lack a feature the registry has', () => {
    const stale = { ...LINE_MODEL, names: LINE_MODEL.names.slice(1), weights: LINE_MODEL.weights.slice(1) };
    expect(() => alignWeights(stale, FEATURES)).toThrow(/fit:clutter/);
  });

  it.each([
    ['the largest positive contribution decides', [1, 1, 0], [2, 0.5, 9], 'social-embed'],
    ['a rule feature gives the rules\' reason', [0, 0, 1], [2, 0.5, 9], 'copyright'],
    ['signals of article text never give a reason', [0, 1, 0], [0, 5, 0], 'copyright'],
  ] as const)('%s', (_, values, weights, expected) => {
    const features = [
      { name: 'a', reason: 'social-embed' as const, value: () => 0 },
      { name: 'b', reason: null, value: () => 0 },
      { name: 'c', reason: 'rule' as const, value: () => 0 },
    ];
    expect(strongestReason(values, weights, features, 'copyright')).toBe(expected);
  });

  it('keeps the headline the headline and gives every removed line a reason', () => {
    const rules = [{ line: null, page: { kind: 'headline' as const }, tail: false }, kept, removedBy('advertisement'), kept];
    const decisions = decideLines(page(['Bridge closed after crack found', PROSE, 'Advertisement', PROSE], rules));
    expect(decisions[0]).toEqual({ kind: 'headline' });
    expect(decisions[2]).toEqual({ kind: 'removed', reason: 'advertisement' });
  });
});

describe('list smoothing', () => {
  it.each([
    ['an item follows its lead-in when the lead-in is more likely article', [0.1, 0.9, 0.8], [-1, 0, 0], [0.1, 0.1, 0.1]],
    ['an item keeps its own value when it is lower', [0.6, 0.2, 0.9], [-1, 0, 0], [0.6, 0.2, 0.6]],
    ['a line with no lead-in is left alone', [0.3, 0.9], [-1, -1], [0.3, 0.9]],
  ])('%s', (_, probabilities, leads, expected) => {
    expect(smoothed(probabilities, leads)).toEqual(expected);
  });
});

describe('the clean stage with the classifier', () => {
  const source = (id: string, lines: string[]): Source => ({ id, path: `${id}.txt`, text: lines.join('\n\n') });
  const lines = [
    'Bridge over the Alder River closed after inspectors find crack',
    PROSE,
    'Inspectors removed several parts from the span for testing:',
    '- 3 steel bolts',
    '- 1 cable clamp',
    '- 2 sections of railing',
    'The bridge will stay closed until the tests are done, the city engineer said.',
  ];

  it('keeps a list under an article sentence, item by item', () => {
    const other = source('b', [
      'Alder River bridge shut',
      'A crack found by inspectors closed the Alder River bridge on Tuesday, the city said.',
      'Bolts and a cable clamp were taken for testing, the engineer said.',
    ]);
    const [result] = cleanSources([source('a', lines), other]);
    const keptLines = new Set(result!.kept.map((k) => k.line));
    for (const paragraph of [2, 3, 4, 5]) expect(keptLines.has(2 * paragraph + 1)).toBe(true);
  });

  it('every removed line keeps its line number and text', () => {
    const text = [...lines, 'Advertisement', 'Copyright 2020 Daily Planet. All rights reserved.'];
    const result = clean(source('a', text));
    const all = text.map((t, i) => [2 * i + 1, t] as const);
    for (const r of result.removed) expect(all).toContainEqual([r.line, r.text]);
    expect(result.removed.length).toBeGreaterThan(0);
  });
});
