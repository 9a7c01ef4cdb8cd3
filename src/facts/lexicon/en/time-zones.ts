/** Time zones written after a clock time, in capitals: "1023 GMT", "5 p.m. EDT". */
export const ZONES: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'edt', 'est', 'cet', 'cest', 'bst', 'ist', 'pst', 'pdt', 'cst', 'cdt', 'mst', 'mdt', 'msk', 'jst', 'wib',
  'eet', 'eest', 'aest', 'uk', 'et', 'pt', 'ct',
]);
