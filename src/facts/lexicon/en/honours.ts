/**
 * Honours counted with "N-time": "a four-time All-Star", "two-time Olympic champion", "a seven-time Grand Slam
 * winner". The honour noun names the question; the word before it tells honours of one noun apart ("Olympic
 * champion" / "world champion").
 */
export const HONOUR_NOUNS: ReadonlySet<string> = new Set([
  'all-star', 'allstar', 'champion', 'winner', 'medalist', 'medallist', 'selection', 'pick', 'finalist', 'nominee',
  'laureate', 'mvp', 'pro-bowler', 'bowler', 'olympian', 'honoree', 'recipient', 'titlist',
]);
