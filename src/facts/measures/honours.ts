/**
 * Honours: how many times a person won or held one ("Hal Brandt, a four-time All-Star", "two-time Olympic
 * champion Ana Ruiz"), asked of the person and the honour. Two counts conflict; counts one apart are possible
 * only, since the story itself may be the one that adds it ("the two-time champion won her third title").
 */
import { CARDINAL_WORDS } from '../lexicon/en/counting-words.js';
import { HONOUR_NOUNS } from '../lexicon/en/honours.js';
import { evidenceOf, EVENT, type FactValue, type Measure, type SentenceContext, type TypedFact } from '../model.js';
import { personSubject } from './unit-text.js';

/** "four-time", "4-time", "three time": the count of an honour, and the words after it. */
const N_TIME = /\b(\d{1,2}|[a-z]+)[-\s]time\s+((?:[\p{L}\d'’.-]+\s+){0,3}[\p{L}\d'’.-]+)/giu;

function read(context: SentenceContext): TypedFact[] {
  const text = context.sentence.text;
  const facts: TypedFact[] = [];
  // Most sentences have no "time" at all: the pattern is tried at every word only in those that do.
  if (!/time/i.test(text)) return facts;
  for (const m of text.matchAll(N_TIME)) {
    const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : CARDINAL_WORDS.get(m[1]!.toLowerCase());
    if (count === undefined || count < 2) continue;
    const honour = honourOf(m[2]!);
    if (honour === undefined) continue;
    const start = m.index;
    // The words read end with the honour's noun: a name after it is the honoured ("two-time champion Ana Ruiz").
    const end = start + m[0].length - m[2]!.length + honour.end;
    const subject = personSubject(context, start, end);
    if (subject.id === EVENT.id) continue;
    facts.push({
      measure: 'honours',
      subject,
      attribute: { id: `honours|${honour.key}`, label: `times ${honour.written}`, about: `times {subject} was ${honour.written}` },
      value: { type: 'quantity', min: count, max: count, unit: 'time' },
      scope: {},
      evidence: evidenceOf(context, [start, end]),
    });
  }
  return facts;
}

/** The honour in the words after "N-time": its noun, with the word before it unless that is an acronym ("NBA"). */
function honourOf(words: string): { key: string; written: string; end: number } | undefined {
  const raw = words.split(/\s+/);
  const list = raw.map((w) => w.replace(/[.,;:'’]+$/, ''));
  const at = list.findIndex((w) => HONOUR_NOUNS.has(w.toLowerCase()));
  if (at < 0) return undefined;
  const before = at > 0 && !/^\p{Lu}{2,}$/u.test(list[at - 1]!) && /^\p{L}+$/u.test(list[at - 1]!) ? list[at - 1] : undefined;
  const kept = before !== undefined ? [before, list[at]!] : [list[at]!];
  const end = raw.slice(0, at).reduce((n, w) => n + w.length + 1, 0) + list[at]!.length;
  return { key: kept.join(' ').toLowerCase(), written: kept.join(' '), end };
}

export const honours: Measure = {
  id: 'honours',
  read,
  compare(a: FactValue, b: FactValue) {
    if (a.type !== 'quantity' || b.type !== 'quantity' || a.min === b.min) return 'agree';
    return Math.abs(a.min - b.min) === 1 ? 'possible' : 'conflict';
  },
  words(value) {
    return value.type === 'quantity' ? `${value.min} times` : '';
  },
};
