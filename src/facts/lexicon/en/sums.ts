/**
 * What a sum of money can be: the nouns a sum is "of" or stands before ("bail of $5,000", "a $82 million contract"),
 * folded so outlets meet ("bond" is bail, "deal" a contract), with the question in words. Data, one concept.
 */
export interface SumKind {
  id: string;
  label: string;
  /** Lemmas that name it. */
  nouns: readonly string[];
  /** Verbs that state it with no noun: "was fined $500", "was paid $2 million a year". */
  verbs?: readonly string[];
  /** Whether the sum is a person's (bail, salary, a contract): an unnamed person is the one the run names. */
  personal: boolean;
  /**
   * Kinds whose sums are this kind's in a sentence that names this kind: "a $2.4 billion deal" is an acquisition's
   * price where the sentence tells of buying a company, a player's contract elsewhere.
   */
  takesOver?: readonly string[];
}

export const SUM_KINDS: readonly SumKind[] = [
  { id: 'bail', label: 'bail', nouns: ['bail', 'bond'], personal: true },
  { id: 'contract', label: 'contract', nouns: ['contract', 'deal', 'extension'], personal: true },
  { id: 'salary', label: 'salary', nouns: ['salary', 'wage', 'pay', 'paycheck', 'earnings'], personal: true },
  { id: 'fine', label: 'fine', nouns: ['fine', 'penalty'], verbs: ['fine'], personal: false },
  { id: 'reward', label: 'reward', nouns: ['reward', 'bounty'], personal: false },
  { id: 'ransom', label: 'ransom', nouns: ['ransom'], personal: false },
  { id: 'settlement', label: 'settlement', nouns: ['settlement', 'payout', 'compensation'], personal: false },
  { id: 'damages', label: 'damages awarded', nouns: ['damages'], personal: false },
  { id: 'budget', label: 'budget', nouns: ['budget'], personal: false },
  { id: 'loan', label: 'loan', nouns: ['loan', 'bailout'], personal: false },
  { id: 'aid', label: 'aid', nouns: ['aid', 'donation', 'grant'], personal: false },
  { id: 'prize', label: 'prize money', nouns: ['prize', 'purse', 'jackpot'], personal: false },
  { id: 'price', label: 'price', nouns: ['price'], personal: false },
  {
    id: 'acquisition',
    label: 'price of the acquisition',
    nouns: ['acquisition', 'takeover', 'buyout', 'purchase', 'merger'],
    verbs: ['buy', 'acquire', 'purchase', 'sell'],
    personal: false,
    takesOver: ['contract', 'price'],
  },
  { id: 'cost', label: 'cost', nouns: ['cost'], personal: false },
  { id: 'fee', label: 'fee', nouns: ['fee'], personal: false },
  { id: 'debt', label: 'debt', nouns: ['debt'], personal: false },
];

/** Words that link a sum noun to the sum after it: "bail of", "a deal worth", "bail was set at". */
export const SUM_LINKS: ReadonlySet<string> = new Set([
  'of', 'worth', 'at', 'valued', 'set', 'totaling', 'totalling', 'was', 'is', 'were', 'be', 'been', 'has', 'had', 'about',
  'nearly', 'almost', 'around', 'some', 'roughly', 'more', 'less', 'than', 'over', 'under', 'up', 'to', 'an', 'a',
  'estimated', 'reported', 'initially', 'originally', 'for',
]);
