import { isRunningTotal, namesHappening, REPORTING_VERBS } from '../../extract/index.js';
import { weekdaySlots } from '../../extract/slots.js';
import type { WeekdayFact } from '../../extract/types.js';
import type { Claim, Contradiction } from '../../types.js';
import { disagreements, factsOfSentence, placedFacts, type PlacedFact } from './slots.js';

/**
 * Sources that date the same event to different weekdays ("said on Monday" / "said on Tuesday").
 * A weekday tied to another verb belongs to another event and is not compared; nor is the day of an update ("the
 * toll has risen to 320, the council said on Monday"): a running total is told on each day anew.
 */
export function weekdayContradictions(claim: Claim): Contradiction[] {
  const facts = placedFacts<WeekdayFact>(claim, 'weekday');
  return disagreements(
    claim,
    'weekday',
    facts,
    weekdaySlots,
    (a, b) => a.fact.value === b.fact.value || isUpdate(claim, a) || isUpdate(claim, b) || twoStatements(claim, a, b),
  );
}

/**
 * "Five dead, officials said on Wednesday" / "seven dead, officials said Thursday": days of saying in sentences that
 * give one count different figures are the days of two statements, each true, not two days for one.
 */
function twoStatements(claim: Claim, a: PlacedFact<WeekdayFact>, b: PlacedFact<WeekdayFact>): boolean {
  const said = (p: PlacedFact<WeekdayFact>) => REPORTING_VERBS.has(p.fact.verb ?? '');
  if (!said(a) || !said(b)) return false;
  const counts = (p: PlacedFact<WeekdayFact>) => factsOfSentence(claim, p.sentence).filter((f) => f.kind === 'number' && f.frame !== undefined);
  const other = counts(b);
  return counts(a).some((x) => other.some((y) => y.frame!.key === x.frame!.key && y.value !== x.value));
}

/**
 * A weekday in a sentence that states a running total: the day of that count, not of the event, unless the day is
 * tied to the happening itself ("the quake that struck early Wednesday has killed 13").
 */
function isUpdate(claim: Claim, { fact, sentence }: PlacedFact<WeekdayFact>): boolean {
  if (namesHappening(fact.verb)) return false;
  return factsOfSentence(claim, sentence).some((f) => f.kind === 'number' && isRunningTotal(f, sentence.text));
}
