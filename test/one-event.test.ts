import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSeveralEvents, ONE_EVENT_BOUNDS } from '../src/coherence/one-event.js';
import { similarityMatrix, splitInTwo } from '../src/coherence/split.js';
import type { Report } from '../src/types.js';
import { articlesFolder } from './helpers/hostile.js';
import { runMain } from './helpers/run-main.js';

// Two made-up events: a footbridge collapse told by three outlets, a jazz festival told by two.
const ARTICLES: Record<string, string> = {
  'bridge-courier.txt': `A footbridge over the Marren canal in Varnholt collapsed on Tuesday morning, injuring seven pedestrians.
The steel span, built in 1974, gave way shortly after 8 a.m. as commuters crossed it, the city council said.
Firefighters pulled four people from the water; three others were treated for cuts on the towpath.
The council closed both banks of the canal and ordered an inspection of eleven similar bridges.
Engineers will examine the corroded bolts that held the span to its concrete piers, officials said.`,
  'bridge-herald.txt': `Seven people were hurt when a footbridge across the Marren canal in Varnholt fell into the water on Tuesday.
The 1974 steel bridge collapsed just after 8 a.m. while commuters were crossing, according to the city council.
Four pedestrians were rescued from the canal by firefighters, and three were treated on the towpath.
Council engineers blamed corroded bolts where the span met its concrete piers.
Eleven bridges of the same design will be inspected, the council said.`,
  'bridge-wire.txt': `VARNHOLT (Wire) - A pedestrian bridge over the Marren canal collapsed on Tuesday, leaving eight people injured.
The span gave way at about 8 a.m., when the bridge was busy with commuters, the council said.
Firefighters rescued four people from the canal.
The council has ordered inspections of eleven footbridges built to the same 1974 design.
Officials said the corroded bolts on the concrete piers would be examined.`,
  'festival-gazette.txt': `The Quillon jazz festival opened on Friday with a sold-out concert by the saxophonist Ilse Drummond.
Organisers expect 40,000 visitors over the festival's five days, a record for the harbour town.
This year's programme features thirty bands on four stages along the seafront promenade.
Drummond played two encores to a crowd of 3,000 in the old customs hall.
Tickets for the closing night with the Teodor Bask quartet sold out within an hour.`,
  'festival-brief.txt': `Saxophonist Ilse Drummond opened the Quillon jazz festival on Friday with two encores.`,
  'festival-notes.txt': `Saxophonist Ilse Drummond opened the Quillon jazz festival on Friday before a full customs hall.
The festival expects some 40,000 visitors in five days, with thirty bands playing on four stages by the promenade.
The Teodor Bask quartet closes the festival on Tuesday night; its tickets went within an hour.
Drummond's set ended with two encores, festival organisers said.`,
};

let folder: ReturnType<typeof articlesFolder>;
let dir = '';
beforeAll(() => {
  folder = articlesFolder('one-event', ARTICLES);
  dir = folder.dir;
  folder.file('empty.txt', '\n');
});
afterAll(() => folder.remove());

const files = (...names: string[]) => names.map((n) => path.join(dir, n));
const BRIDGE = ['bridge-courier.txt', 'bridge-herald.txt', 'bridge-wire.txt'];
const FESTIVAL = ['festival-gazette.txt', 'festival-notes.txt'];

describe('one event or several', () => {
  it('warns once, naming the sources of the smaller group, and still reports', async () => {
    const result = await runMain([...files(...BRIDGE, ...FESTIVAL), '--json']);
    expect(result.status).toBe(0);
    const warned = result.stderr.split('\n').filter((l) => l.includes('another event'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/warning: festival-gazette, festival-notes: these 2 sources share few words with the other 3 and may report another event/);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.warnings.filter((w) => w.message.includes('another event'))).toEqual([expect.objectContaining({ source: 'festival-gazette, festival-notes' })]);
    // Compared all the same: the bridge's own dispute (seven or eight injured) is still found.
    expect(report.contradictions.some((c) => c.values.some((v) => v.words === 'eight'))).toBe(true);
  });

  it('names a single outsider', async () => {
    const result = await runMain(files(...BRIDGE, 'festival-notes.txt'));
    expect(result.stderr).toMatch(/warning: festival-notes: this source shares few words with the other 3 and may report another event/);
    // The report itself says so too, among its warnings.
    expect(result.stdout).toMatch(/warning: festival-notes: this source shares few words/);
  });

  it('gives the same warning whatever the order of the arguments', async () => {
    const forward = await runMain([...files(...BRIDGE, ...FESTIVAL), '--json']);
    const backward = await runMain([...files(...FESTIVAL, ...BRIDGE).reverse(), '--json']);
    expect(backward.stderr).toBe(forward.stderr);
  });

  it.each([
    { label: 'one event told by three outlets', names: BRIDGE },
    { label: 'two sources (nothing to tell an odd one by)', names: ['bridge-courier.txt', 'festival-notes.txt'] },
    { label: 'an empty source (it has its own warning)', names: [...BRIDGE, 'empty.txt'] },
    { label: 'a brief of one sentence (too little to tell)', names: [...BRIDGE, 'festival-brief.txt'] },
  ])('says nothing for $label', async ({ names }) => {
    const result = await runMain(files(...names));
    expect(result.stderr).not.toMatch(/another event/);
  });

  it('says nothing on any shipped fixture folder (each one event)', async () => {
    const result = await runMain(['check', 'fixtures/*']);
    expect(result.stderr).not.toMatch(/another event/);
  });
});

describe('the split', () => {
  const bag = (...words: string[]) => new Map(words.map((w) => [w, 1]));
  it.each([
    {
      label: 'two groups sharing no word',
      bags: [bag('quake', 'qeshm', 'island'), bag('quake', 'qeshm', 'tremor'), bag('qeshm', 'island', 'tremor'), bag('concert', 'jazz'), bag('jazz', 'concert', 'hall')],
      smaller: [3, 4],
      several: true,
    },
    {
      label: 'one group, every source sharing words',
      bags: [bag('quake', 'qeshm', 'island'), bag('quake', 'qeshm', 'tremor'), bag('qeshm', 'island', 'tremor'), bag('quake', 'island', 'damage')],
      smaller: [3],
      several: false,
    },
  ])('$label', ({ bags, smaller, several }) => {
    const similarity = similarityMatrix(bags);
    const groups = splitInTwo(similarity);
    expect(groups.smaller).toEqual(smaller);
    const pairs = [...groups.larger, ...groups.smaller];
    expect(pairs).toHaveLength(bags.length);
    const within = (g: number[]) => g.flatMap((a, i) => g.slice(i + 1).map((b) => similarity[a]![b]!));
    const all = [...within(groups.larger), ...within(groups.smaller)];
    expect(isSeveralEvents({ ...groups, within: all.reduce((s, x) => s + x, 0) / all.length })).toBe(several);
  });

  it('abstains when no two sources fall in one group', () => {
    expect(isSeveralEvents({ larger: [0], smaller: [1], between: 0, within: undefined })).toBe(false);
    expect(ONE_EVENT_BOUNDS.between).toBeGreaterThan(0);
  });
});
