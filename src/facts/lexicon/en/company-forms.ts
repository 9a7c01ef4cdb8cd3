/**
 * Words that end a company's name without telling companies apart: its legal form ("Inc", "Ltd", "plc") and the
 * plain kinds of firm ("Systems", "Holdings", "Group"). "Corvane Systems Inc" and "Corvane" are one company; a
 * name of one word keeps it ("Holdings" alone is no name).
 */
export const COMPANY_FORMS: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'lp', 'llp', 'sa', 'ag',
  'gmbh', 'nv', 'bv', 'spa', 'group', 'holdings', 'holding', 'systems', 'technologies', 'industries', 'enterprises',
]);
