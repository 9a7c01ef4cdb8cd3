/**
 * The outlet a page comes from, as its source id names it: the page's furniture speaks of its outlet ("Stay with
 * KXYZ for updates", "... early Monday. KXYZ 11"), its reporting seldom does.
 */

/** The outlet's name as the source id gives it ("fox19.com" -> "fox19", "abc13-news" -> "abc13"). */
export function outletNames(sourceId: string): string[] {
  const base = sourceId.toLowerCase().split(/[\\/]/).pop() ?? '';
  const host = base.replace(/^www\./, '').split('.')[0] ?? '';
  return host
    .split(/[-_]/)
    .filter((part) => part.length >= 3 && /\p{L}/u.test(part) && !/^\d+$/.test(part) && part !== 'com');
}

/** One of the words (lower-cased, bare) is the outlet's name ("KXYZ", "KXYZ's", "Fox-19" for fox19). */
export function namesOutlet(words: readonly string[], names: readonly string[]): boolean {
  if (names.length === 0) return false;
  return words.some((word) => {
    const w = word.replace(/['’]s$/u, '');
    return names.some((n) => w === n || (n.length >= 5 && w.replace(/[^\p{L}\p{N}]/gu, '') === n));
  });
}
