import { describe, expect, it } from 'vitest';
import { extractNames, nameKey, sameName } from '../src/extract/names.js';
import type { NameFact } from '../src/extract/types.js';

function namesIn(text: string): NameFact[] {
  return extractNames({ source: 'src', index: 0, line: 1, text });
}

/** [what the case shows, sentence, [key, text as written, title?] per name, in order]. */
const CASES: Array<[string, string, Array<[string, string, string?]>]> = [
  ['title and nationality stripped', 'Ukrainian President Volodymyr Zelenskyy confirmed that the two individuals were detained.', [['volodimir zelenski', 'Volodymyr Zelenskyy', 'Ukrainian President']]],
  ['Zelensky spelling keys the same', 'Ukrainian President Volodymyr Zelensky revealed on Tuesday that Chinese nationals had been captured.', [['volodimir zelenski', 'Volodymyr Zelensky', 'Ukrainian President']]],
  ['Zelenskiy, and an acronym title', 'Ukrainian President Zelenskiy meets visiting Belgian PM De Wever in Kyiv', [['zelenski', 'Zelenskiy', 'Ukrainian President'], ['de vever', 'De Wever'], ['kiv', 'Kyiv']]],
  ['Cyrillic transliterated', '— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) April 8, 2025', [['volodimir zelenski', 'Volodymyr Zelenskyy'], ['volodimir zelenski', 'Володимир Зеленський']]],
  ['Andrii and a possessive', "In a separate statement, Ukrainian Foreign Minister Andrii Sybiha said Kyiv had summoned China's charge d'affaires.", [['andri sibiha', 'Andrii Sybiha', 'Ukrainian Foreign Minister'], ['kiv', 'Kyiv'], ['china', 'China']]],
  ['Andriy keys like Andrii; lower-case title word dropped', 'Foreign minister Andriy Sybiha confirmed that the envoy had been summoned.', [['andri sibiha', 'Andriy Sybiha']]],
  ['organisation and person after a quote', '“This is disturbing,” said State Department spokesperson Tammy Bruce.', [['state department', 'State Department'], ['tami bruce', 'Tammy Bruce']]],
  ['Kiev is Kyiv', 'Giving credibility to a Kiev regime claim is foolish.', [['kiv', 'Kiev']]],
  ['sentence-initial ordinary noun is not a name', 'Helicopters ferried the injured to hospital.', []],
  ['sentence-initial "Several" and a nationality are not names', 'Several hundred Chinese nationals may have joined the Russian military.', []],
  ['sentence-initial "Police"', 'Police said two women and one man died at a branch of the Marfin bank.', [['marfin', 'Marfin']]],
  ['sentence-initial unknown word is a name', 'Zelensky said Ukraine possesses evidence.', [['zelenski', 'Zelensky'], ['ukraine', 'Ukraine']]],
  ['sentence-initial country that is also a word', 'China has repeatedly asserted its neutrality in the war.', [['china', 'China']]],
  ['"However" is not a name', 'However, it remains a key political and economic partner of Russia.', [['rusia', 'Russia']]],
  ['"and" inside an organisation name', "Andriy Kovalenko, a member of Ukraine's National Security and Defense Council, called the fighters mercenaries.", [['andri kovalenko', 'Andriy Kovalenko'], ['ukraine', 'Ukraine'], ['national securiti and defense council', 'National Security and Defense Council']]],
  ['abbreviated title inside a run', 'Qeshm Gov. Heidar Alishvandi said 50 were injured.', [['qeshm', 'Qeshm'], ['heidar alishvandi', 'Heidar Alishvandi', 'Gov.']]],
  ['"Governor of" does not join its place', 'Heydar Alishbandi, Governor of Qeshm island, said five villages had been badly hit.', [['heidar alishbandi', 'Heydar Alishbandi'], ['qeshm', 'Qeshm']]],
  ['"U.S. President"', 'U.S. President Donald Trump is seeking to swiftly end the war.', [['donald trump', 'Donald Trump', 'U.S. President']]],
  ['acronym keeps its letters', "The BBC's Frances Harrison in Tehran says a number of children suffered broken legs.", [['bbc', 'BBC'], ['frances harison', 'Frances Harrison'], ['tehran', 'Tehran']]],
  ['hyphenated name', 'Nugroho told Agence-France Presse that 24 people had died.', [['nugroho', 'Nugroho'], ['agence france prese', 'Agence-France Presse']]],
  ['a nickname in quotes is part of the name, not in its key', 'Gareth "Gaz" Pennock, 56, bought a villa.', [['gareth penok', 'Gareth "Gaz" Pennock']]],
  ['a nickname in curly quotes', 'Kevin ‘Kev’ Doyle was charged on Friday.', [['kevin doile', 'Kevin ‘Kev’ Doyle']]],
  ['a noun for a people\'s man describes, it names no one', 'The unbeaten Briton beat Englishman Robert Roe.', [['robert roe', 'Robert Roe']]],
  ['"al-" prefix', 'Israeli bombs hit al-Fakhora school in Jabaliya refugee camp.', [['al fakhora', 'al-Fakhora'], ['jabalia', 'Jabaliya']]],
  ['"Secretary of State" is a title', 'Secretary of State Antony Blinken met Chinese officials.', [['antoni blinken', 'Antony Blinken', 'Secretary of State']]],
  ['short forms meet their full forms', 'The US Geological Survey put the epicentre about 58km south-west of Bandar Abbas.', [['us geological survei', 'US Geological Survey'], ['bandar abas', 'Bandar Abbas']]],
  ['name after a closing quote is not sentence-initial', '"We will stay," Fanning said.', [['faning', 'Fanning']]],
  ['sentence-initial surname that is also a word', 'Fanning said at least a dozen people were at the party.', []],
  ['initial inside a name', 'Rusli M. Saleh, the deputy district chief of Bener Meriah, said rescuers had arrived.', [['rusli m saleh', 'Rusli M. Saleh'], ['bener meriah', 'Bener Meriah']]],
  ['weekdays and months are not names', 'Zelenskyy spoke on Tuesday, April 8, in Kyiv.', [['zelenski', 'Zelenskyy'], ['kiv', 'Kyiv']]],
];

describe('extractNames', () => {
  it.each(CASES)('%s', (_what, text, expected) => {
    const facts = namesIn(text);
    expect(facts.map((f) => (f.title !== undefined ? [f.value, f.text, f.title] : [f.value, f.text]))).toEqual(expected);
  });

  it.each(CASES)('spans point at the words: %s', (_what, text) => {
    for (const fact of namesIn(text)) {
      expect(text.slice(fact.span[0], fact.span[1])).toBe(fact.text);
      expect(fact.kind).toBe('name');
    }
  });
});

describe('name keys', () => {
  it.each([
    ['Zelensky', 'Zelenskyy', true],
    ['Zelenskiy', 'Зеленський', true],
    ['Kyiv', 'Kiev', true],
    ['Київ', 'Kyiv', true],
    ['Andrii Sybiha', 'Andriy Sybiha', true],
    ['Sybiha', 'Andrii Sybiha', true],
    ['Сибіга', 'Sybiha', true],
    ['Bruce', 'Tammy Bruce', true],
    ['U.S.', 'United States', true],
    ['Peking', 'Beijing', true],
    ['Heidar Alishvandi', 'Heydar Alishbandi', true],
    ['Dmytro Kuleba', 'Dmitry Kuleba', true],
    ['Arcade Joseph Comeaux Jr.', 'Comeaux', true],
    ['Arcade Comeaux', 'Arcade Joseph Comeaux', true],
    ['Bart De Wever', 'De Wever', true],
    ['Volodymyr', 'Volodymyr Zelenskyy', false],
    ['Sudan', 'South Sudan', false],
    ['North Korea', 'South Korea', false],
    ['Iran', 'Iraq', false],
    ['Russia', 'Prussia', false],
    ['Tammy Bruce', 'Bruce Tammy', false],
    // A given name's short form is the name it shortens; a form of two names, or a name of one word, is not read so.
    ['Dan Okafor', 'Daniel Okafor', true],
    ['Gerry Whitfield', 'Gerald Whitfield', true],
    ['Bill Ames', 'William Ames', true],
    ['Sam Ames', 'Samuel Ames', false],
    ['Ted Ames', 'Edward Ames', false],
    ['Rich', 'Richard', false],
    // A company's legal form and kind of firm tell no two companies apart; a one-word name keeps its word.
    ['Corvane Systems Inc', 'Corvane', true],
    ['Halvern Holdings plc', 'Halvern Group', true],
    ['Holdings', 'Halvern Holdings', false],
  ] as const)('sameName(%s, %s) is %s', (a, b, same) => {
    expect(sameName(nameKey(a), nameKey(b))).toBe(same);
  });

  it('keys are lower-case ASCII words', () => {
    expect(nameKey('Володимир Зеленський')).toBe('volodimir zelenski');
    expect(nameKey('Zelenskyy’s')).toBe('zelenski');
    expect(nameKey('the United States of America')).toBe('united states');
  });
});
