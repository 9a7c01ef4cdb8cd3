/**
 * Roles a person can hold in a story, by kind: two roles of one kind for one person cannot both be right (the
 * owner is not the manager, the suspect is not a victim, a niece is not a daughter); roles of two kinds can (a
 * student who was the victim, a father who was driving), so each kind is a question of its own. Titles of office
 * ("President") are names' titles, not roles here. `exclusiveWords`: two words of the kind never name one role, so
 * one sentence told with either states two things (an uncle is no stepfather); a victim may also be a witness.
 */
export const ROLE_KINDS: ReadonlyArray<{ kind: string; label: string; roles: readonly string[]; exclusiveWords?: true }> = [
  { kind: 'part', label: 'part in the story', roles: ['suspect', 'victim', 'witness'] },
  {
    kind: 'job',
    label: 'job',
    exclusiveWords: true,
    roles: [
      'owner', 'co-owner', 'manager', 'clerk', 'employee', 'bartender', 'bouncer', 'security guard', 'guard', 'cashier',
      'teacher', 'student', 'nurse', 'doctor', 'supervisor', 'bookkeeper', 'accountant', 'foreman', 'janitor', 'cook',
      'chef', 'waiter', 'waitress', 'mechanic', 'pilot', 'co-pilot',
    ],
  },
  { kind: 'place', label: 'tie to the place', roles: ['guest', 'tenant', 'landlord', 'customer', 'resident', 'neighbour', 'neighbor'] },
  { kind: 'vehicle', label: 'place in the vehicle', roles: ['driver', 'passenger'], exclusiveWords: true },
  {
    kind: 'family',
    label: 'family tie',
    exclusiveWords: true,
    roles: [
      'brother', 'sister', 'son', 'daughter', 'father', 'mother', 'husband', 'wife', 'cousin', 'niece', 'nephew', 'uncle',
      'aunt', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'stepfather', 'stepmother', 'stepson',
      'stepdaughter', 'fiance', 'fiancee',
    ],
  },
  { kind: 'tie', label: 'personal tie', roles: ['friend', 'boyfriend', 'girlfriend'] },
];

/**
 * Roles of the vehicle kind that a noun before them makes a job: "forklift driver", "bus driver", "truck driver"
 * (a "driver" alone is whoever drove the car of the story).
 */
export const JOB_WHEN_COMPOUNDED: ReadonlySet<string> = new Set(['driver']);
