/**
 * URL inputs (issue 24): the ids of pages, beside those of files.
 */
import { describe, expect, it } from 'vitest';
import { assignIds } from '../src/load/index.js';

describe('ids of pages', () => {
  const u = (s: string) => new URL(s);
  it.each([
    { inputs: ['https://www.example.org/news/2025/story'], ids: ['example.org'] },
    { inputs: ['https://example.org/a', 'https://example.net/a'], ids: ['example.org', 'example.net'] },
    { inputs: ['https://example.org/news/crane-falls', 'https://example.org/local/crane-down'], ids: ['example.org/crane-falls', 'example.org/crane-down'] },
    { inputs: ['https://example.org/news/story', 'https://example.org/local/story'], ids: ['example.org/news/story', 'example.org/local/story'] },
    { inputs: ['https://example.org/a/story.html', 'https://example.org/b/other.html'], ids: ['example.org/story', 'example.org/other'] },
    { inputs: ['https://example.org/?p=1', 'https://example.org/?p=2'], ids: ['example.org/?p=1', 'example.org/?p=2'] },
    { inputs: ['http://127.0.0.1:8080/a', 'http://127.0.0.1:9090/a'], ids: ['127.0.0.1:8080/a', '127.0.0.1:9090/a'] },
    { inputs: ['https://example.org/', 'https://example.org/story'], ids: ['example.org/', 'example.org/story'] },
    { inputs: ['https://example.org/caf%C3%A9', 'https://example.org/bar'], ids: ['example.org/café', 'example.org/bar'] },
    { inputs: ['https://xn--sddeutsche-9db.de/a'], ids: ['süddeutsche.de'] },
    { inputs: ['https://example.org/a', 'saved/example.org.html'], ids: ['example.org/a', 'saved/example.org'] },
    { inputs: ['https://example.org/a', 'https://www.example.org/a'], ids: ['example.org/a', 'www.example.org/a'] },
  ])('$inputs -> $ids', ({ inputs, ids }) => {
    expect(assignIds(inputs.map((i) => (/^https?:/.test(i) ? u(i) : i)))).toEqual(ids);
  });

  it('gives each input the same id whatever the order', () => {
    const inputs = ['https://example.org/news/a', 'https://example.org/sport/a', 'https://example.net/b', 'example.net.txt', 'x/a.txt'];
    const ids = new Map(inputs.map((input, i) => [input, assignIds(inputs.map((s) => (/^https?:/.test(s) ? u(s) : s)))[i]]));
    const reversed = [...inputs].reverse();
    const again = assignIds(reversed.map((s) => (/^https?:/.test(s) ? u(s) : s)));
    reversed.forEach((input, i) => expect(again[i]).toBe(ids.get(input)));
    expect(new Set(ids.values()).size).toBe(inputs.length);
  });
});
