/** Words before a number that make it an identifier, not a count: "Flight 370", "No. 5", "Route 66". */
export const ID_WORDS: ReadonlySet<string> = new Set([
  'flight', 'route', 'highway', 'interstate', 'article', 'section', 'chapter', 'room', 'gate', 'platform', 'level',
  'category', 'apollo', 'no', 'no.', 'number', '#', 'exit', 'channel', 'precinct', 'ward', 'resolution', 'amendment',
  'line', 'bus', 'train', 'page', 'paragraph', 'clause', 'unit', 'block', 'building', 'terminal', 'hall', 'district',
  'zone', 'sector', 'region', 'phase', 'stage', 'season', 'episode', 'version', 'model', 'type', 'mark', 'series',
  'squad', 'brigade', 'battalion', 'regiment', 'division', 'corps', 'army', 'fleet', 'bay', 'lot', 'box', 'suite',
  'floor', 'apartment', 'apt', 'ward', 'grade', 'class', 'code', 'pier', 'berth', 'runway', 'hangar', 'track', 'lane',
]);
