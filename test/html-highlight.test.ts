import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesFolder } from './helpers/hostile.js';
import { runMain } from './helpers/run-main.js';

// One claim told by three made-up outlets: the first (by name) in words of its own, the other two nearly alike.
const ARTICLES: Record<string, string> = {
  'a-digest.txt': `Fire crews say a blaze that began late on Thursday gutted the old Brennik mill by the river.
Nobody was hurt, the fire service said.`,
  'b-post.txt': `A fire destroyed the old Brennik mill on the riverbank late on Thursday night, firefighters said.
No one was injured, according to the fire service.`,
  'c-times.txt': `A fire destroyed the historic Brennik mill on the riverbank late on Thursday night, firefighters said.
No one was injured, the fire service said.`,
};

let folder: ReturnType<typeof articlesFolder>;
let dir = '';
beforeAll(() => {
  folder = articlesFolder('highlight', ARTICLES);
  dir = folder.dir;
});
afterAll(() => folder.remove());

describe('HTML: the words that differ are marked against the sentence the others share most with', () => {
  it('marks one word in the two near-twins, not every word against the first source', async () => {
    const result = await runMain([dir, '--format', 'html']);
    expect(result.status).toBe(0);
    const { document } = parseHTML(result.stdout);
    const card = (source: string) =>
      [...document.querySelectorAll(`article.claim figure[data-source="${source}"]`)].find((f) => (f.textContent ?? '').includes('Brennik'));
    const marked = (source: string) => [...(card(source)?.querySelectorAll('mark.diff') ?? [])].map((m) => m.textContent ?? '').join(' ');
    expect(card('b-post')).toBeDefined();
    // The reference is one of the twins; the other twin differs from it by one word.
    const twins = [marked('b-post'), marked('c-times')];
    expect(twins.filter((w) => w === '')).toHaveLength(1);
    expect(twins.find((w) => w !== '')).toMatch(/^(?:old|historic)$/);
  });
});
