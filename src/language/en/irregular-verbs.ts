/**
 * English verbs whose past participle is not formed by adding -ed: base form -> participle. Data, one concept:
 * the common irregular verbs of news prose.
 */
export const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  arise: 'arisen', awake: 'awoken', be: 'been', bear: 'born', beat: 'beaten', become: 'become', begin: 'begun',
  bend: 'bent', bet: 'bet', bid: 'bid', bind: 'bound', bite: 'bitten', bleed: 'bled', blow: 'blown', break: 'broken',
  breed: 'bred', bring: 'brought', broadcast: 'broadcast', build: 'built', burn: 'burnt', burst: 'burst', buy: 'bought',
  cast: 'cast', catch: 'caught', choose: 'chosen', cling: 'clung', come: 'come', cost: 'cost', creep: 'crept',
  cut: 'cut', deal: 'dealt', dig: 'dug', do: 'done', draw: 'drawn', drink: 'drunk', drive: 'driven', eat: 'eaten',
  fall: 'fallen', feed: 'fed', feel: 'felt', fight: 'fought', find: 'found', flee: 'fled', fling: 'flung', fly: 'flown',
  forbid: 'forbidden', forecast: 'forecast', foresee: 'foreseen', forget: 'forgotten', forgive: 'forgiven',
  freeze: 'frozen', get: 'got', give: 'given', go: 'gone', grind: 'ground', grow: 'grown', hang: 'hung', have: 'had',
  hear: 'heard', hide: 'hidden', hit: 'hit', hold: 'held', hurt: 'hurt', keep: 'kept', kneel: 'knelt', know: 'known',
  lay: 'laid', lead: 'led', leap: 'leapt', leave: 'left', lend: 'lent', let: 'let', lie: 'lain', light: 'lit',
  lose: 'lost', make: 'made', mean: 'meant', meet: 'met', mislead: 'misled', mistake: 'mistaken', overcome: 'overcome',
  overrun: 'overrun', oversee: 'overseen', overtake: 'overtaken', overthrow: 'overthrown', pay: 'paid', prove: 'proven',
  put: 'put', quit: 'quit', read: 'read', rebuild: 'rebuilt', rid: 'rid', ride: 'ridden', ring: 'rung', rise: 'risen',
  run: 'run', say: 'said', see: 'seen', seek: 'sought', sell: 'sold', send: 'sent', set: 'set', shake: 'shaken',
  shed: 'shed', shine: 'shone', shoot: 'shot', show: 'shown', shrink: 'shrunk', shut: 'shut', sing: 'sung',
  sink: 'sunk', sit: 'sat', slay: 'slain', sleep: 'slept', slide: 'slid', speak: 'spoken', speed: 'sped',
  spend: 'spent', spin: 'spun', split: 'split', spread: 'spread', spring: 'sprung', stand: 'stood', steal: 'stolen',
  stick: 'stuck', sting: 'stung', strike: 'struck', string: 'strung', strive: 'striven', swear: 'sworn',
  sweep: 'swept', swim: 'swum', swing: 'swung', take: 'taken', teach: 'taught', tear: 'torn', tell: 'told',
  think: 'thought', throw: 'thrown', thrust: 'thrust', tread: 'trodden', undergo: 'undergone',
  understand: 'understood', undertake: 'undertaken', upset: 'upset', uphold: 'upheld', wake: 'woken', wear: 'worn',
  weave: 'woven', weep: 'wept', win: 'won', wind: 'wound', withdraw: 'withdrawn', withhold: 'withheld',
  withstand: 'withstood', wring: 'wrung', write: 'written',
};

/**
 * Verbs of two or more syllables stressed on the last, which double their final consonant (commit -> committed);
 * one-syllable verbs double by rule.
 */
export const FINAL_STRESS_VERBS: ReadonlySet<string> = new Set([
  'admit', 'commit', 'compel', 'control', 'defer', 'deter', 'equip', 'expel', 'incur', 'occur', 'omit', 'patrol',
  'permit', 'prefer', 'propel', 'rebel', 'recur', 'refer', 'regret', 'repel', 'submit', 'transfer', 'transmit',
  'upset', 'acquit', 'confer', 'infer', 'outfit', 'outrun', 'rebut', 'remit', 'abet', 'allot', 'befit', 'dispel',
  'begin', 'forget', 'forbid', 'beget', 'outwit',
]);

/**
 * Irregular verbs whose simple past differs from their participle (sink: sank, sunk); every other verb's simple
 * past is its participle ("won", "married", "found").
 */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  arise: 'arose', awake: 'awoke', be: 'was', bear: 'bore', beat: 'beat', become: 'became', begin: 'began', bite: 'bit',
  blow: 'blew', break: 'broke', choose: 'chose', come: 'came', do: 'did', draw: 'drew', drink: 'drank', drive: 'drove',
  eat: 'ate', fall: 'fell', fly: 'flew', forbid: 'forbade', foresee: 'foresaw', forget: 'forgot', forgive: 'forgave',
  freeze: 'froze', give: 'gave', go: 'went', grow: 'grew', hide: 'hid', know: 'knew', lie: 'lay', mistake: 'mistook',
  overcome: 'overcame', overrun: 'overran', oversee: 'oversaw', overtake: 'overtook', overthrow: 'overthrew',
  prove: 'proved', ride: 'rode', ring: 'rang', rise: 'rose', run: 'ran', see: 'saw', shake: 'shook', show: 'showed',
  shrink: 'shrank', sing: 'sang', sink: 'sank', slay: 'slew', speak: 'spoke', spring: 'sprang', steal: 'stole',
  strive: 'strove', swear: 'swore', swim: 'swam', take: 'took', tear: 'tore', throw: 'threw', tread: 'trod',
  undergo: 'underwent', undertake: 'undertook', wake: 'woke', wear: 'wore', weave: 'wove', withdraw: 'withdrew',
  write: 'wrote',
};

/** The base of an irregular participle: "shot" -> "shoot", "beaten" -> "beat". */
export const BASE_OF_PARTICIPLE: ReadonlyMap<string, string> = new Map(Object.entries(IRREGULAR_PARTICIPLES).map(([base, participle]) => [participle, base]));

/** The base of an irregular past form: "shot" -> "shoot", "struck" -> "strike" (a past that is not the participle, else the participle). */
export const BASE_OF_PAST: ReadonlyMap<string, string> = new Map([...BASE_OF_PARTICIPLE, ...Object.entries(IRREGULAR_PAST).map(([base, past]) => [past, base] as const)]);
