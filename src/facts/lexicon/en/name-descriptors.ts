/**
 * Words written before a name that say what the person is, not who: "Englishman Robert Roe", "suspect Robert Roe",
 * "Rookie Jane Roe". Entity resolution (facts/entities.ts) strips them so each form meets the bare name.
 * Nationality adjectives ("British", "Iraqi") and title heads ("Officer", "Sgt.") come from extract/names.ts.
 */

/** Nationality nouns: a person of a country, written before the name. */
export const DEMONYM_NOUNS: readonly string[] = [
  'englishman', 'englishwoman', 'frenchman', 'frenchwoman', 'irishman', 'irishwoman', 'scotsman', 'scotswoman',
  'welshman', 'welshwoman', 'dutchman', 'dutchwoman', 'cornishman', 'manxman', 'briton', 'spaniard', 'filipina',
  'argentinian', 'londoner', 'texan', 'californian', 'parisian', 'muscovite',
];

/** Roles and descriptions written before a name, capitalised at a sentence's start or in a headline. */
export const ROLE_DESCRIPTORS: readonly string[] = [
  'suspect', 'accused', 'defendant', 'gunman', 'shooter', 'killer', 'attacker', 'assailant', 'robber', 'victim',
  'survivor', 'witness', 'inmate', 'prisoner', 'convict', 'parolee', 'fugitive', 'escapee', 'driver', 'pilot',
  'passenger', 'patrolman', 'patrolwoman', 'policeman', 'policewoman', 'firefighter', 'fireman', 'paramedic',
  'soldier', 'veteran', 'rookie', 'former', 'late', 'retired', 'disgraced', 'jailed', 'slain', 'fallen',
  'teenager', 'teen', 'student', 'resident', 'neighbour', 'neighbor', 'businessman', 'businesswoman', 'tycoon',
  'billionaire', 'millionaire', 'actor', 'actress', 'singer', 'rapper', 'boxer', 'champion', 'challenger',
  'striker', 'midfielder', 'goalkeeper', 'quarterback', 'candidate', 'nominee', 'incumbent', 'activist',
  'journalist', 'reporter', 'photographer', 'priest', 'doctor', 'teacher', 'lawyer', 'heavyweight',
];

/** Last words that make a name a place's: "Deep Creek", "Elm Street", "Orleans Parish". */
export const PLACE_HEADS: readonly string[] = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'drive', 'highway', 'freeway',
  'interstate', 'bridge', 'square', 'county', 'parish', 'province', 'state', 'city', 'town', 'village',
  'island', 'islands', 'river', 'creek', 'lake', 'bay', 'sea', 'ocean', 'gulf', 'strait', 'mountain', 'mountains',
  'valley', 'beach', 'coast', 'harbour', 'harbor', 'port', 'airport', 'station', 'district',
  'region', 'heights', 'gardens', 'springs', 'falls', 'canyon', 'desert', 'peninsula', 'camp', 'base',
];
