/**
 * Workforce: how many people an organisation employs ("Halvern, which employs roughly 2,300 people", "Acme has
 * about 1,800 employees"), asked of the organisation named. Hedged figures compare with their hedge ("roughly 2,300"
 * and "about 1,800" are possibly apart).
 */
import { parseQuantity } from '../../algebra/quantity.js';
import { EMPLOYING_VERBS, WORKFORCE_NOUNS } from '../lexicon/en/workforce.js';
import { evidenceOf, type Measure, type SentenceContext, type Subject, type TypedFact } from '../model.js';
import { isPlaceName } from '../places.js';
import { antecedentOf, clauseRange, namesOf, nameSubject } from '../tokens.js';
import { quantityCompare } from '../values.js';

function read(context: SentenceContext): TypedFact[] {
  const facts: TypedFact[] = [];
  for (const m of context.mentions) {
    if (m.kind !== 'number' || typeof m.value === 'string' && !/^(?:<?~)?\d+$/.test(m.value)) continue;
    const about = (m as { about?: string }).about;
    const verb = (m as { verb?: string }).verb;
    if (!(WORKFORCE_NOUNS.has(about ?? '') || (about === 'person' && EMPLOYING_VERBS.has(verb ?? '')))) continue;
    const subject = employer(context, m.span[0]);
    if (subject === undefined) continue;
    const { min: n, approx } = parseQuantity(m.value)!;
    facts.push({
      measure: 'workforce',
      subject,
      attribute: { id: 'workforce', label: 'people employed', about: 'people {subject} employs' },
      value: { type: 'quantity', min: n!, max: n!, unit: 'person', ...(approx === true ? { approx: true } : {}) },
      scope: {},
      evidence: evidenceOf(context, m.span),
    });
  }
  return facts;
}

/**
 * Whose workforce: the name a relative clause stands for ("Halvern, which employs"), else the first name of the
 * figure's clause that is no place ("Acme has about 1,800 employees"); a place's people are its population.
 */
function employer(context: SentenceContext, at: number): Subject | undefined {
  const { tokens } = context.parsed;
  const k = tokens.findIndex((t) => t.start >= at);
  if (k < 0) return undefined;
  const [first] = clauseRange(tokens, k);
  if (COMPANY_RELATIVES.has(tokens[first]?.lower ?? '') && tokens[first - 1]?.text === ',') {
    const antecedent = antecedentOf(context, first, COMPANY_RELATIVES);
    return antecedent === undefined || isPlaceName(antecedent.text) ? undefined : nameSubject(antecedent);
  }
  const name = namesOf(context).find((n) => n.last < k && !isPlaceName(n.text) && n.first >= first);
  return name === undefined || name.first !== first ? undefined : nameSubject(name);
}

/** Relative pronouns whose antecedent a workforce is of: "Halvern, which employs ...". */
const COMPANY_RELATIVES: ReadonlySet<string> = new Set(['which', 'that']);

export const workforce: Measure = {
  id: 'workforce',
  read,
  compare: quantityCompare,
  words(value) {
    return value.type === 'quantity' ? `${value.approx === true ? 'about ' : ''}${value.min.toLocaleString('en-US')} people` : '';
  },
};
