/**
 * Weapon: what an attack was made with, as the "with" phrase after a verb of attacking says ("shot the clerk with a
 * rifle", "was stabbed with a kitchen knife", "armed with a shotgun"). One question per story: the attack's weapon.
 * Two weapons of one close kind ("a rifle" / "a handgun", "a knife" / "a machete") are possibly in dispute, never
 * surely: an attacker may carry several, and a source that names two shows it (the question is then left out). A
 * broader word agrees ("a gun" / "a rifle"). Weapons of the police and soldiers who answer are not the attack's.
 */
import { ARMED_PEOPLE, ARMED_RESPONDERS, ATTACK_FORMS_READ_AS_NOUNS, ATTACK_VERBS, WEAPON_SYNSET_WORD } from '../lexicon/en/weapons.js';
import { EVENT, evidenceOf, type FactValue, type Measure, type SentenceContext, type Token, type TypedFact, type Verdict } from '../model.js';
import { isKindOf, isMadeThing, termRelation } from '../terms.js';

/** How many of a noun's first senses may make it a weapon ("knife": a tool first, a weapon second). */
const WEAPON_SENSES = 2;
/** How many hypernym links up a weapon sense may reach "weapon". */
const WEAPON_DEPTH = 8;
/** How many words a "with" phrase may stand after its verb ("shot the 32-year-old clerk twice with"). */
const MAX_GAP = 8;

/**
 * Whether a noun names a weapon: a made thing first ("a 100-yard shot" is a shooting before it is a pellet), and a
 * kind of weapon in one of its first senses.
 */
export function isWeapon(lemma: string): boolean {
  return isMadeThing(lemma) && isKindOf(lemma, WEAPON_SYNSET_WORD, WEAPON_SENSES, WEAPON_DEPTH);
}

/**
 * The verb of a verb form at `k`: a verb's lemma, or that of a form of attacking the tagger read otherwise ("armed
 * with", "a man shot two clerks": a past form before its object).
 */
function verbAt(tokens: readonly Token[], k: number): string | undefined {
  const t = tokens[k]!;
  if (t.pos === 'VERB') return t.lemma;
  const verb = ATTACK_FORMS_READ_AS_NOUNS.get(t.lower);
  if (verb === undefined) return undefined;
  return t.lower === 'armed' || ['DET', 'NUM', 'PRON', 'PROPN'].includes(tokens[k + 1]?.pos ?? '') ? verb : undefined;
}

/** Whether the noun at `k` opens its clause ("A gunman with ...", ", the suspect with ..."): no object of a verb. */
function opensClause(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j--;
  return j < 0 || [',', ';', ':', '(', '—', '–'].includes(tokens[j]!.text) || ['and', 'when', 'as', 'after'].includes(tokens[j]!.lower);
}

/**
 * Whether the "with" at `w` arms an attack: it follows a verb of attacking (unless the clause is the police's or a
 * soldier's) or an attacker ("a gunman with a rifle").
 */
function armsAttack(tokens: readonly Token[], w: number): boolean {
  if (ARMED_PEOPLE.has(tokens[w - 1]?.lower ?? '')) return opensClause(tokens, w - 1);
  for (let k = w - 1; k >= 0 && k >= w - MAX_GAP; k--) {
    const t = tokens[k]!;
    if ([',', ';', ':', '.'].includes(t.text) && k < w - 1) return false;
    const verb = verbAt(tokens, k);
    if (verb === undefined) continue;
    if (!ATTACK_VERBS.has(verb)) return false;
    return !tokens.slice(Math.max(0, k - 4), k).some((b) => ARMED_RESPONDERS.has(b.lower));
  }
  return false;
}

/** Tags a weapon's noun phrase holds before its head: "a sawed-off 12-gauge shotgun", "his father's rifle". */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** A token inside a hyphenated word, whatever its tag ("sawed" "-" "off"). */
function inHyphenated(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.text === '-' || (tokens[k + 1]?.text === '-' && tokens[k + 1]!.spaced === false) || (tokens[k - 1]?.text === '-' && !t.spaced);
}

function read(context: SentenceContext): TypedFact[] {
  const { tokens } = context.parsed;
  const facts: TypedFact[] = [];
  for (let w = 1; w < tokens.length; w++) {
    if (tokens[w]!.lower !== 'with' || !armsAttack(tokens, w)) continue;
    // "with a sawed-off shotgun", "with his father's rifle": the head is the last noun of the phrase.
    let k = w + 1;
    let head: Token | undefined;
    while (tokens[k] !== undefined && (PHRASE_TAGS.has(tokens[k]!.pos) || inHyphenated(tokens, k))) {
      if (tokens[k]!.pos === 'NOUN') head = tokens[k];
      k++;
    }
    if (head === undefined || !isWeapon(head.lemma)) continue;
    facts.push({
      measure: 'weapon',
      subject: EVENT,
      attribute: { id: 'weapon', label: 'weapon used' },
      value: { type: 'term', key: head.lemma, written: head.text, kind: 'common', head: head.lemma },
      scope: {},
      evidence: evidenceOf(context, [head.start, head.end]),
    });
  }
  return facts;
}

function compare(a: FactValue, b: FactValue): Verdict {
  if (a.type !== 'term' || b.type !== 'term' || a.key === b.key) return 'agree';
  return termRelation(a.key, b.key, 'noun').kind === 'sibling' ? 'possible' : 'agree';
}

export const weapon: Measure = {
  id: 'weapon',
  read,
  compare,
  words: (value) => (value.type === 'term' ? value.written : ''),
  recurs: true,
  kind: 'term',
};
