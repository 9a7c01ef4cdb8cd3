/**
 * The words the name scan (src/extract/names.ts) reads names by: titles, nationality words, words that are no
 * names, connectors and organisation heads, exonyms and aliases. Data, one list per concept.
 */
/** Words that head a title written before a name. */
export const TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'governor', 'gov', 'mayor',
  'senator', 'sen', 'rep', 'representative', 'ambassador', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'pope', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'captain', 'capt', 'sergeant', 'sgt',
  'commander', 'chief', 'director', 'officer', 'constable', 'detective', 'sheriff', 'judge', 'mr', 'mrs',
  'ms', 'miss', 'dr', 'prof', 'professor', 'envoy', 'chairman', 'chairwoman', 'ceo', 'inspector', 'superintendent',
  'attorney', 'prosecutor', 'councillor', 'councilman', 'congressman', 'congresswoman', 'archbishop', 'bishop',
  'rev', 'reverend', 'sheikh', 'ayatollah', 'emir', 'sultan', 'pm', 'lawmaker', 'deputy', 'cardinal', 'admiral',
  'maj', 'sir', 'dame', 'lord', 'lady', 'patriarch', 'imam', 'rabbi', 'coach', 'trooper',
  'corporal', 'cpl', 'pvt', 'marshal', 'commissioner', 'speaker', 'leader',
]);

/** Words that may come before a title head inside the title ("Foreign" Minister, "Police" Chief). */
export const TITLE_MODIFIERS = new Set([
  'prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'health', 'justice', 'vice', 'state', 'former',
  'acting', 'chief', 'police', 'district', 'county', 'provincial', 'regional', 'senior', 'army', 'fire', 'white',
  'house', 'supreme', 'crown', 'first', 'grand', 'deputy', 'assistant', 'executive', 'managing', 'national',
  'security', 'press', 'opposition', 'party', 'military', 'u.s.', 'us', 'un', 'eu', 'nato', 'then', 'opposition',
]);

/**
 * Nouns for a people's man or woman: "the unbeaten Briton" describes someone and names no one; before a name
 * ("Englishman Robert Roe") it is no part of it.
 */
export const DEMONYM_NOUNS = new Set([
  'briton', 'brit', 'scot', 'dane', 'swede', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman',
  'irishwoman', 'dutchman', 'welshman', 'scotsman', 'scotswoman',
]);

/** Nationality and group adjectives: not names on their own ("Chinese nationals", "North Korean troops"). */
export const DEMONYMS = new Set([
  'american', 'korean', 'african', 'european', 'mexican', 'cuban', 'russian', 'ukrainian', 'belgian', 'iranian',
  'indian', 'indonesian', 'palestinian', 'israeli', 'german', 'greek', 'french', 'british', 'english', 'irish',
  'scottish', 'welsh', 'spanish', 'swedish', 'danish', 'finnish', 'dutch', 'swiss', 'polish', 'turkish', 'kurdish',
  'thai', 'iraqi', 'pakistani', 'afghan', 'somali', 'yemeni', 'saudi', 'kuwaiti', 'qatari', 'emirati', 'bangladeshi',
  'nepali', 'omani', 'arab', 'arabian', 'syrian', 'egyptian', 'libyan', 'tunisian', 'algerian', 'moroccan', 'nigerian',
  'kenyan', 'ethiopian', 'sudanese', 'chinese', 'japanese', 'vietnamese', 'taiwanese', 'burmese', 'lebanese',
  'portuguese', 'senegalese', 'congolese', 'nepalese', 'italian', 'canadian', 'australian', 'brazilian', 'argentine',
  'chilean', 'colombian', 'venezuelan', 'peruvian', 'filipino', 'malaysian', 'singaporean', 'czech', 'slovak',
  'hungarian', 'romanian', 'bulgarian', 'serbian', 'croatian', 'bosnian', 'albanian', 'georgian', 'armenian',
  'azerbaijani', 'kazakh', 'uzbek', 'belarusian', 'lithuanian', 'latvian', 'estonian', 'norwegian', 'austrian',
  'western', 'eastern', 'northern', 'southern', 'north', 'south', 'east', 'west', 'central', 'muslim', 'christian',
  'jewish', 'catholic', 'sunni', 'shia', 'shiite', 'islamic', 'soviet', 'asian', 'latin', 'balkan', 'baltic',
  'nordic', 'mandarin', 'cantonese', 'persian', 'hindu', 'sikh', 'buddhist', 'orthodox', 'protestant', 'kremlin',
  ...DEMONYM_NOUNS,
]);



/** Country names wink's lexicon knows as common words: names even at sentence start. */
export const COMMON_WORD_PLACES = new Set(['china', 'turkey', 'jordan', 'chad', 'georgia', 'guinea', 'niger', 'japan', 'india', 'israel', 'congo', 'mali', 'cuba', 'peru', 'wales', 'jersey', 'reading', 'nice', 'bath', 'victoria', 'washington', 'moscow', 'paris', 'london']);

/** Capitalised acronyms and words that are ordinary nouns, not names. */
export const NOT_NAMES = new Set([
  'i', 'tv', 'ceo', 'gdp', 'mp', 'mps', 'pm', 'am', 'ok', 'id', 'dna', 'hiv', 'uav', 'ied', 'rpg', 'suv', 'gps', 'atm',
  'cctv', 'covid', 'p.m.', 'a.m.', 'god', 'internet', 'web', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr',
  // number words capitalised at the start of a clause
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty',
  'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozens', 'several', 'many', 'some',
]);

/** Lower-case words allowed inside a name between capitalised words. */
export const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'du', 'des', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'y', 'and', '&', 'for', 'on', 'upon']);

/** Last words of organisation names: an "and"/"for" is only inside a name that ends in one. */
export const ORG_HEADS = new Set([
  'council', 'committee', 'ministry', 'department', 'agency', 'service', 'services', 'bureau', 'office', 'commission',
  'authority', 'association', 'organisation', 'organization', 'union', 'institute', 'university', 'college', 'bank',
  'company', 'corporation', 'group', 'centre', 'center', 'centers', 'centres', 'party', 'front', 'force', 'forces',
  'court', 'board', 'foundation', 'fund', 'trust', 'society', 'prevention', 'control', 'research', 'development',
  'affairs', 'mitigation', 'management', 'security', 'defense', 'defence', 'relief', 'red', 'crescent', 'cross',
]);

/** Lower-case prefixes joined to a name by a hyphen ("al-Fakhora"). */
export const HYPHEN_PREFIXES = new Set(['al', 'el', 'ad', 'as', 'an', 'ash', 'at', 'az', 'bin', 'ibn', 'abu', 'abd', 'ul', 'ur', 'ben']);

/** Well-known exonyms and spelling variants, by lower-case ASCII word or phrase -> canonical form. */
export const EXONYMS: ReadonlyMap<string, string> = new Map([
  ['kiev', 'kyiv'], ['kharkov', 'kharkiv'], ['odessa', 'odesa'], ['lvov', 'lviv'], ['lwow', 'lviv'], ['dnepr', 'dnipro'],
  ['dnepropetrovsk', 'dnipro'], ['lugansk', 'luhansk'], ['zaporozhye', 'zaporizhzhia'], ['zaporizhia', 'zaporizhzhia'],
  ['nikolaev', 'mykolaiv'], ['nikolayev', 'mykolaiv'], ['chernigov', 'chernihiv'], ['artemovsk', 'bakhmut'],
  ['rovno', 'rivne'], ['vinnitsa', 'vinnytsia'], ['zhitomir', 'zhytomyr'], ['kirovograd', 'kropyvnytskyi'],
  ['peking', 'beijing'], ['bombay', 'mumbai'], ['calcutta', 'kolkata'], ['madras', 'chennai'], ['burma', 'myanmar'],
  ['rangoon', 'yangon'], ['turkiye', 'turkey'], ['byelorussia', 'belarus'], ['belorussia', 'belarus'],
  ['moldavia', 'moldova'], ['kirghizia', 'kyrgyzstan'], ['ceylon', 'sri lanka'], ['swaziland', 'eswatini'],
  ['czechia', 'czech republic'], ['holland', 'netherlands'],
]);

/** Short forms of a few organisations and states, by whole key (before folding). */
export const ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'], ['usa', 'united states'], ['united states of america', 'united states'], ['america', 'united states'],
  ['uk', 'united kingdom'], ['britain', 'united kingdom'], ['great britain', 'united kingdom'],
  ['un', 'united nations'], ['eu', 'european union'], ['nato', 'nato'], ['north atlantic treaty organization', 'nato'],
  ['usgs', 'us geological survey'], ['united states geological survey', 'us geological survey'], ['geological survey', 'us geological survey'],
  ['ap', 'associated press'], ['afp', 'agence france presse'], ['agence francepresse', 'agence france presse'],
  ['sbu', 'security service of ukraine'], ['ukraines security service', 'security service of ukraine'],
  ['dprk', 'north korea'], ['prc', 'china'], ['peoples republic of china', 'china'], ['russian federation', 'russia'],
  ['uae', 'united arab emirates'], ['irna', 'islamic republic news agency'], ['idf', 'israel defense forces'],
]);

export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
