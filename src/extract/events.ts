import { PUBLISHING_VERBS, SAYING_VERBS } from '../language/en/speech-verbs.js';

/**
 * A lexicon of news events: the words outlets use for the same happening, folded into one family, so that
 * "24 dead", "killing 24", "24 fatalities" and "the death toll rose to 24" all answer "how many people were
 * killed". Families are general news vocabulary (disasters, attacks, crime, protests), never one story's words.
 */

export interface EventFamily {
  /** Stable key, used in frame keys. */
  id: string;
  /** How a reader names what is counted under it: "killed", "injured", "arrested". */
  participle: string;
  /**
   * The classes of thing the family counts, when it counts only some: shells are dropped and rockets fired, while
   * "landed 28 punches" or "fired one shot" ask no question of the lexicon.
   */
  counts?: readonly string[];
}

const FAMILIES: Record<string, { participle: string; lemmas: string[]; counts?: string[] }> = {
  kill: {
    participle: 'killed',
    lemmas: ['kill', 'die', 'dead', 'death', 'fatality', 'perish', 'slay', 'murder', 'drown', 'execute', 'body', 'toll', 'life'],
  },
  injure: {
    participle: 'injured',
    lemmas: ['injure', 'wound', 'hurt', 'injury', 'wounded', 'injured'],
  },
  // Those taken to hospital are some of the injured: a count of its own, never set against all the injured.
  hospitalise: { participle: 'hospitalized', lemmas: ['hospitalise', 'hospitalize', 'hospitalised', 'hospitalized'] },
  shoot: { participle: 'shot', lemmas: ['shoot'] },
  missing: { participle: 'missing', lemmas: ['missing', 'disappear', 'unaccounted'] },
  // Held where they cannot get out: miners, people under rubble, climbers.
  trap: { participle: 'trapped', lemmas: ['trap', 'entomb'] },
  // An outbreak's count: "infected 250", "400 infections".
  infect: { participle: 'infected', lemmas: ['infect', 'infection'] },
  arrest: { participle: 'arrested', lemmas: ['arrest', 'detain', 'capture', 'apprehend', 'custody', 'nab'] },
  evacuate: { participle: 'evacuated or displaced', lemmas: ['evacuate', 'displace', 'flee', 'homeless', 'relocate'] },
  shelter: { participle: 'sheltering', lemmas: ['shelter', 'house', 'seek', 'take refuge', 'refuge'] },
  rescue: { participle: 'rescued', lemmas: ['rescue', 'save', 'free', 'release'] },
  damage: { participle: 'damaged or destroyed', lemmas: ['damage', 'destroy', 'flatten', 'collapse', 'raze', 'level', 'demolish', 'crack', 'topple', 'gut'] },
  affect: { participle: 'affected', lemmas: ['affect', 'hit', 'strike'] },
  fire: { participle: 'fired', lemmas: ['fire', 'launch'], counts: ['bomb'] },
  drop: { participle: 'dropped', lemmas: ['drop', 'fall', 'land', 'rain'], counts: ['bomb'] },
  explode: { participle: 'exploded', lemmas: ['explode', 'detonate', 'blast', 'explosion'] },
  steal: { participle: 'stolen', lemmas: ['steal', 'snatch', 'rob', 'loot', 'grab', 'haul', 'heist'] },
  protest: { participle: 'marching or protesting', lemmas: ['march', 'protest', 'demonstrate', 'rally', 'gather', 'demonstration', 'join', 'attend'] },
  seize: { participle: 'seized', lemmas: ['seize', 'recover', 'confiscate', 'find'] },
  hold: { participle: 'held', lemmas: ['hold', 'hijack', 'captive', 'hostage'] },
  // Sending people to a place or a task: troops "deployed", "sent", "dispatched".
  deploy: { participle: 'deployed', lemmas: ['deploy', 'send', 'dispatch', 'mobilize', 'mobilise'], counts: ['soldier', 'police', 'officer', 'agent'] },
  carry: { participle: 'on board', lemmas: ['carry', 'board', 'aboard', 'onboard', 'ferry', 'transport'] },
};

const BY_LEMMA = new Map<string, EventFamily>();
for (const [id, { participle, lemmas, counts }] of Object.entries(FAMILIES)) {
  for (const lemma of lemmas) BY_LEMMA.set(lemma, { id, participle, ...(counts !== undefined ? { counts } : {}) });
}

/** The event family of a verb, adjective or noun lemma ("wound" -> injure, "fatality" -> kill), if it names one. */
export function eventFamily(lemma: string | undefined): EventFamily | undefined {
  return lemma === undefined ? undefined : BY_LEMMA.get(lemma);
}

/**
 * Outcomes that exclude each other: one person is killed, injured or missing, never two of these, so a count of one
 * is never a part of a count of another ("killing two and injuring three": five people). A count of the shot or the
 * hit may hold both ("shot two, killing one").
 */
export const EXCLUSIVE_OUTCOMES: ReadonlySet<string> = new Set(['kill', 'injure', 'missing']);

/**
 * Happenings that count the people who were there, not those something befell: of "a train carrying 400
 * passengers derailed, injuring 60", the 60 are the story's injured, not a split of a count of the harmed.
 */
export const PRESENCE_EVENTS: ReadonlySet<string> = new Set(['carry', 'shelter', 'protest', 'hold', 'deploy', 'evacuate']);

/** Nouns that name harm to people in general: a count of casualties speaks of the dead and the injured alike. */
export const CASUALTY_NOUNS = new Set(['casualty', 'casualties', 'victim']);

/**
 * Nouns for people, folded to one counted thing: "three women", "five residents" and "four others" all count
 * people. Kept apart: roles that name a distinct group an outlet may count on its own (officers, soldiers), and
 * passengers, who are those aboard but the crew ("39 people, 38 passengers and the driver").
 */
const PEOPLE = new Set([
  'person', 'people', 'man', 'woman', 'victim', 'civilian', 'resident', 'villager',
  'worker', 'adult', 'casualty', 'refugee',
  'individual', 'pupil', 'patron', 'customer', 'employee', 'local', 'inhabitant', 'citizen', 'national', 'guest', 'bystander',
  'pedestrian', 'co-worker', 'coworker', 'colleague', 'passer-by', 'passerby', 'onlooker', 'motorist', 'driver', 'occupant', 'family', 'member', 'other', 'others', 'life', 'body', 'death',
  'fatality', 'injury', 'dead', 'injured', 'wounded',
]);

/** Protesters are people too, but a march is counted as marchers: they fold into one group of their own. */
const CROWD = new Set(['protester', 'protestor', 'demonstrator', 'marcher', 'rioter', 'supporter', 'crowd']);

/** Children are counted on their own as often as among the dead ("including 195 children"): a group apart. */
const CHILDREN = new Set(['child', 'children', 'boy', 'girl', 'baby', 'infant', 'toddler', 'kid']);

/** Explosives are counted as one thing whatever the outlet calls them: "three shells", "four bombs", "two blasts". */
const EXPLOSIVES = new Set(['bomb', 'shell', 'device', 'explosive', 'grenade', 'mine', 'explosion', 'blast', 'missile', 'rocket', 'barrel']);

/** Ships by any name: "a dozen ships" and "at least 14 vessels" count the same thing. */
const VESSELS = new Set(['ship', 'vessel', 'boat', 'craft', 'tanker', 'freighter', 'trawler', 'dhow', 'yacht', 'ferry', 'steamer']);

/** Whoever carried out a crime or an attack, by any name: "four robbers", "a gang of four thieves". */
const PERPETRATORS = new Set(['robber', 'thief', 'burglar', 'bandit', 'raider', 'assailant', 'attacker', 'gunman', 'intruder', 'mugger', 'perpetrator', 'culprit']);

/**
 * Those who answer an emergency, by kind and any name: "100 firefighters", "60 firemen"; "120 rescuers", "80 rescue
 * workers". Each kind is a count of its own. (Soldiers are counted as sent, lost or killed: by their verb.)
 */
const FIREFIGHTERS = new Set(['firefighter', 'fireman', 'firemen']);
const RESCUERS = new Set(['rescuer', 'rescue worker']);

/** The classes of those who answer an emergency. */
export const RESPONDER_CLASSES: ReadonlySet<string> = new Set(['firefighter', 'rescuer']);

/** Troops by either name: "500 soldiers", "300 troops". */
const TROOPS = new Set(['soldier', 'troop', 'troops']);

/** Homes by any name: "12 homes" and "15 houses" destroyed count the same thing (a building may be no home). */
const DWELLINGS = new Set(['home', 'house', 'dwelling', 'residence', 'homestead']);

/**
 * Classes whose number is a question of the story by itself, whatever verb carries it: "two pirate boats", "four
 * bombs", "a gang of five robbers". Any other thing counted with no event ("two boys", "six games") asks none.
 */
export const SELF_COUNTED_CLASSES: ReadonlySet<string> = new Set(['vessel', 'bomb', 'perpetrator']);

/** The classes counted nouns fold into: each noun of a list counts its class ("three women": person, "15 houses": home). */
const CLASS_OF: ReadonlyMap<string, string> = new Map(
  ([
    ['person', PEOPLE], ['child', CHILDREN], ['bomb', EXPLOSIVES], ['vessel', VESSELS], ['protester', CROWD],
    ['perpetrator', PERPETRATORS], ['home', DWELLINGS], ['firefighter', FIREFIGHTERS], ['rescuer', RESCUERS], ['soldier', TROOPS],
  ] as const)
    // The first list a noun is in names its class: reversed, so earlier lists overwrite later ones.
    .slice()
    .reverse()
    .flatMap(([counted, nouns]) => [...nouns].map((noun) => [noun, counted] as const)),
);

/** The counted thing as a frame names it: people folded together, everything else by its lemma. */
export function countedClass(about: string | undefined): string | undefined {
  return about === undefined ? undefined : (CLASS_OF.get(about) ?? about);
}

/** Nouns and verbs that name the happening itself, so a weekday tied to them dates the event, not a reaction. */
const HAPPENINGS = new Set([
  'earthquake', 'quake', 'tremor', 'temblor', 'aftershock', 'attack', 'bombing', 'shooting', 'strike', 'raid', 'blast',
  'explosion', 'fire', 'blaze', 'crash', 'riot', 'heist', 'robbery', 'escape', 'storm', 'flood', 'collapse',
  'incident', 'massacre', 'assault', 'rampage', 'gunfire', 'occur', 'happen', 'hit', 'jolt', 'shake', 'rock',
  'erupt', 'begin', 'start', 'break', 'unfold', 'take',
]);

/** Whether a word names the event a story reports (a weekday tied to it dates the event). */
export function namesHappening(lemma: string | undefined): boolean {
  return lemma !== undefined && (HAPPENINGS.has(lemma) || eventFamily(lemma) !== undefined);
}

/** Verbs that report rather than happen: "said on Monday" dates the report, and "revealed two guns" counts nothing. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([...SAYING_VERBS, ...PUBLISHING_VERBS]);

/**
 * Leaving with something is taking it: "made off with $14,800", "fled with the cash", "left with $18,400 in a
 * backpack". A verb, the particles it may take, then "with".
 */
const DEPARTING_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['make', ['off', 'away']], ['get', ['away', 'off']], ['run', ['off', 'away']], ['drive', ['off', 'away']],
  ['walk', ['off', 'away', 'out']], ['flee', []], ['escape', []], ['leave', []], ['bolt', []],
]);

/** Whether the words from a verb on say it left with something: the verb, an optional particle, "with". */
export function departsWith(lemma: string, next: string | undefined, after: string | undefined): boolean {
  const particles = DEPARTING_VERBS.get(lemma);
  if (particles === undefined) return false;
  return next === 'with' || (next !== undefined && particles.includes(next) && after === 'with');
}
