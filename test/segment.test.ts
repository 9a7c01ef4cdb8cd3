import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment, splitSentences } from '../src/segment/index.js';
import type { CleanedSource, KeptLine } from '../src/types.js';

interface GoldenCase {
  text: string;
  sentences: string[];
}

const golden = (
  JSON.parse(readFileSync(new URL('./data/golden-rules-en.json', import.meta.url), 'utf8')) as { cases: GoldenCase[] }
).cases;

const sentencesOf = (text: string): string[] => splitSentences(text).map((span) => span.text);

describe('splitSentences: the English Golden Rules', () => {
  it('has all 48 cases', () => {
    expect(golden).toHaveLength(48);
  });

  it.each(golden)('$text', ({ text, sentences }) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });
});

describe('splitSentences: news text', () => {
  it.each<{ text: string; sentences: string[] }>([
    // abbreviations
    {
      text: 'U.S. officials said on Tuesday that the talks had stalled. They gave no details.',
      sentences: ['U.S. officials said on Tuesday that the talks had stalled.', 'They gave no details.'],
    },
    { text: 'Mr. Smith met Dr. Jones at 5 p.m. on Friday.', sentences: ['Mr. Smith met Dr. Jones at 5 p.m. on Friday.'] },
    {
      text: 'Gov. Gavin Newsom and Sen. Alex Padilla spoke on Monday. Both are Democrats.',
      sentences: ['Gov. Gavin Newsom and Sen. Alex Padilla spoke on Monday.', 'Both are Democrats.'],
    },
    { text: 'Lt. Col. John Smith said the unit withdrew.', sentences: ['Lt. Col. John Smith said the unit withdrew.'] },
    {
      text: 'Gen. Mark Milley, Rep. Nancy Pelosi and St. Louis Mayor Tishaura Jones attended.',
      sentences: ['Gen. Mark Milley, Rep. Nancy Pelosi and St. Louis Mayor Tishaura Jones attended.'],
    },
    { text: 'The vote was 52-48 in the U.S. Senate on Tuesday.', sentences: ['The vote was 52-48 in the U.S. Senate on Tuesday.'] },
    {
      text: 'The U.N. Security Council met. No vote was held.',
      sentences: ['The U.N. Security Council met.', 'No vote was held.'],
    },
    {
      text: 'He was flown to Washington, D.C. The trip took an hour.',
      sentences: ['He was flown to Washington, D.C.', 'The trip took an hour.'],
    },
    {
      text: 'Apple Inc. reported earnings. Microsoft Corp. did too.',
      sentences: ['Apple Inc. reported earnings.', 'Microsoft Corp. did too.'],
    },
    {
      text: 'The law takes effect Jan. 1, according to the No. 2 official.',
      sentences: ['The law takes effect Jan. 1, according to the No. 2 official.'],
    },
    {
      text: 'Sales rose to 1.2 billion yen vs. 1.1 billion a year earlier.',
      sentences: ['Sales rose to 1.2 billion yen vs. 1.1 billion a year earlier.'],
    },
    { text: 'The vessel, the U.S.S. Cole, was hit.', sentences: ['The vessel, the U.S.S. Cole, was hit.'] },
    // initials
    {
      text: 'Donald J. Trump won the state. Jonas E. Smith lost.',
      sentences: ['Donald J. Trump won the state.', 'Jonas E. Smith lost.'],
    },
    {
      text: 'Dr. Anthony S. Fauci, 83, testified. He spoke for three hours.',
      sentences: ['Dr. Anthony S. Fauci, 83, testified.', 'He spoke for three hours.'],
    },
    // decimals, money, times
    {
      text: 'The quake had a magnitude of 6.1, officials said. It struck at 5 a.m. local time.',
      sentences: ['The quake had a magnitude of 6.1, officials said.', 'It struck at 5 a.m. local time.'],
    },
    {
      text: 'The company raised $5.5 million. Shares rose 3.2%.',
      sentences: ['The company raised $5.5 million.', 'Shares rose 3.2%.'],
    },
    {
      text: 'The meeting ended at 11:30 a.m. Officials declined to comment.',
      sentences: ['The meeting ended at 11:30 a.m.', 'Officials declined to comment.'],
    },
    {
      text: 'Polls close at 8 p.m. ET on Tuesday. Results follow.',
      sentences: ['Polls close at 8 p.m. ET on Tuesday.', 'Results follow.'],
    },
    // quotes
    {
      text: '“This is disturbing,” said Tammy Bruce. “China continues to play a key role.”',
      sentences: ['“This is disturbing,” said Tammy Bruce.', '“China continues to play a key role.”'],
    },
    { text: '“We will win.” he said.', sentences: ['“We will win.” he said.'] },
    {
      text: '“Will we win?” he asked. Nobody answered.',
      sentences: ['“Will we win?” he asked.', 'Nobody answered.'],
    },
    { text: '"Stop!" she shouted. The crowd froze.', sentences: ['"Stop!" she shouted.', 'The crowd froze.'] },
    {
      text: '"This is a clear signal," Zelensky said. He also urged a firm response.',
      sentences: ['"This is a clear signal," Zelensky said.', 'He also urged a firm response.'],
    },
    {
      text: '"I think the U.S. needs to pay more attention," Zelenskyy said. He added that six fighters were engaged.',
      sentences: [
        '"I think the U.S. needs to pay more attention," Zelenskyy said.',
        'He added that six fighters were engaged.',
      ],
    },
    {
      text: 'Zelensky stated, “Our military captured Chinese citizens. This happened in Donetsk.” He shared a video.',
      sentences: [
        'Zelensky stated, “Our military captured Chinese citizens.',
        'This happened in Donetsk.”',
        'He shared a video.',
      ],
    },
    { text: "It was 'a soldier of fortune'. That was the claim.", sentences: ["It was 'a soldier of fortune'.", 'That was the claim.'] },
    // dashes, parentheses, ellipses
    {
      text: 'The war—now in its fourth year—continues. Talks resumed on Monday.',
      sentences: ['The war—now in its fourth year—continues.', 'Talks resumed on Monday.'],
    },
    {
      text: 'KYIV, Ukraine (AP) — Ukrainian forces captured two men. Russia did not comment.',
      sentences: ['KYIV, Ukraine (AP) — Ukrainian forces captured two men.', 'Russia did not comment.'],
    },
    {
      text: 'Ukraine’s Security Service (SBU) is now working on it. It gave no timeline.',
      sentences: ['Ukraine’s Security Service (SBU) is now working on it.', 'It gave no timeline.'],
    },
    {
      text: 'He said he would go. (He did not.) Nobody was surprised.',
      sentences: ['He said he would go.', '(He did not.)', 'Nobody was surprised.'],
    },
    {
      text: 'We have information suggesting that… pic.twitter.com/ekBr6hCkQL',
      sentences: ['We have information suggesting that… pic.twitter.com/ekBr6hCkQL'],
    },
    {
      text: 'Data were found in their possession. — Volodymyr Zelenskyy (@ZelenskyyUa) April 8, 2025',
      sentences: ['Data were found in their possession.', '— Volodymyr Zelenskyy (@ZelenskyyUa) April 8, 2025'],
    },
    {
      text: 'The strike—the third this week—hit Kyiv. Nobody was hurt.',
      sentences: ['The strike—the third this week—hit Kyiv.', 'Nobody was hurt.'],
    },
    { text: 'He paused... Then he left the room.', sentences: ['He paused...', 'Then he left the room.'] },
    { text: 'He paused… Then he left the room.', sentences: ['He paused…', 'Then he left the room.'] },
    { text: 'Is this the end? Not yet, officials said.', sentences: ['Is this the end?', 'Not yet, officials said.'] },
    // list items
    { text: '• Source 1 • Source 2', sentences: ['• Source 1', '• Source 2'] },
    {
      text: '1) Ukraine reported the capture 2) China was summoned 3) Russia was silent',
      sentences: ['1) Ukraine reported the capture', '2) China was summoned', '3) Russia was silent'],
    },
    // headline-like lines and real seed paragraphs
    {
      text: 'Ukrainian President Zelenskiy meets visiting Belgian PM De Wever in Kyiv',
      sentences: ['Ukrainian President Zelenskiy meets visiting Belgian PM De Wever in Kyiv'],
    },
    {
      text: 'Bart De Wever (not pictured) in Kyiv, Ukraine April 8, 2025. REUTERS/Thomas Peter',
      sentences: ['Bart De Wever (not pictured) in Kyiv, Ukraine April 8, 2025.', 'REUTERS/Thomas Peter'],
    },
    {
      text: '"The North Koreans were fighting on the Kursk front against us," Zelenskyy said in a joint briefing in Kyiv on Tuesday with Belgian Prime Minister Bart De Wever. "The Chinese are fighting on the territory of Ukraine."',
      sentences: [
        '"The North Koreans were fighting on the Kursk front against us," Zelenskyy said in a joint briefing in Kyiv on Tuesday with Belgian Prime Minister Bart De Wever.',
        '"The Chinese are fighting on the territory of Ukraine."',
      ],
    },
    {
      text: 'Zelenskyy, who said the men were carrying documents, hoped their capture would prompt the U.S. to take a tougher stance.',
      sentences: [
        'Zelenskyy, who said the men were carrying documents, hoped their capture would prompt the U.S. to take a tougher stance.',
      ],
    },
    {
      text: '© 2025 Latin Times. All rights reserved. Do not reproduce without permission.',
      sentences: ['© 2025 Latin Times.', 'All rights reserved.', 'Do not reproduce without permission.'],
    },
  ])('$text', ({ text, sentences }) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });
});

describe('splitSentences: spans', () => {
  it.each([
    '  Mr. Smith left.   He came back.  ',
    '“Yes,” he said. “No.”\tThen (he left).',
    'One line\nwrapped here. Next one.',
    ...golden.map((c) => c.text),
  ])('gives trimmed, ordered [start, end) offsets into %j', (text) => {
    const spans = splitSentences(text);
    let previousEnd = 0;
    for (const span of spans) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(span.text).toBe(span.text.trim());
      expect(span.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = span.end;
    }
  });

  it.each([
    { text: 'He left\nthe room. Then he came back.', sentences: ['He left\nthe room.', 'Then he came back.'] },
    { text: 'First paragraph\n\nSecond paragraph', sentences: ['First paragraph', 'Second paragraph'] },
    { text: 'He met Mr.\r\n\r\nSmith left.', sentences: ['He met Mr.', 'Smith left.'] },
  ])('treats a line break as a space and a blank line as a sentence end: $text', ({ text, sentences }) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it.each(['', '   ', '\n\n'])('gives nothing for blank text %j', (text) => {
    expect(splitSentences(text)).toEqual([]);
  });
});

// How their time grows with the input is measured by `npm run bench` (scripts/growth.ts): no clock in a test.
describe('splitSentences: pathological input, split whole', () => {
  it.each([
    { name: 'a 1 MB line of letters with no punctuation', text: 'abcdefghij'.repeat(100_000), count: 1 },
    { name: 'a 1 MB line of words with no punctuation', text: 'abcd efghi '.repeat(91_000), count: 1 },
    { name: 'a line of 100k dots', text: '.'.repeat(100_000), count: 1 },
    { name: 'a line of 100k spaced dots', text: '. '.repeat(100_000), count: 1 },
    { name: '20k short sentences in one line', text: 'It rose. '.repeat(20_000), count: 20_000 },
    { name: '1 MB of spaces between two words', text: `a${' '.repeat(1_000_000)}b.`, count: 1 },
  ])('$name', ({ text, count }) => {
    const spans = splitSentences(text);
    expect(spans).toHaveLength(count);
    const covered = spans.reduce((n, s) => n + s.text.replace(/\s+/g, '').length, 0);
    expect(covered).toBe(text.replace(/\s+/g, '').length);
  });
});

describe('segment: paragraphs, line numbers and indexes', () => {
  const cleaned = (lines: [number, string][], id = 'src'): CleanedSource => {
    const kept: KeptLine[] = lines.map(([line, text]) => ({ line, text }));
    return { source: { id, path: `${id}.txt`, text: kept.map((l) => l.text).join('\n') }, kept, removed: [] };
  };
  const brief = (sentences: ReturnType<typeof segment>) => sentences.map(({ line, text }) => ({ line, text }));

  it.each<{ name: string; lines: [number, string][]; expected: { line: number; text: string }[] }>([
    {
      name: 'one paragraph per line, several sentences each',
      lines: [
        [1, 'Mr. Smith left. He came back.'],
        [3, 'It rained.'],
      ],
      expected: [
        { line: 1, text: 'Mr. Smith left.' },
        { line: 1, text: 'He came back.' },
        { line: 3, text: 'It rained.' },
      ],
    },
    {
      name: 'consecutive full-sentence lines stay apart',
      lines: [
        [1, 'The talks ended.'],
        [2, 'Officials left.'],
      ],
      expected: [
        { line: 1, text: 'The talks ended.' },
        { line: 2, text: 'Officials left.' },
      ],
    },
    {
      name: 'a headline without a full stop does not merge into the next line',
      lines: [
        [1, 'Ukrainian President Zelenskiy meets visiting Belgian PM De Wever in Kyiv'],
        [2, 'Ukrainian President Volodymyr Zelenskiy speaks at a press conference.'],
      ],
      expected: [
        { line: 1, text: 'Ukrainian President Zelenskiy meets visiting Belgian PM De Wever in Kyiv' },
        { line: 2, text: 'Ukrainian President Volodymyr Zelenskiy speaks at a press conference.' },
      ],
    },
    {
      name: 'a hard-wrapped paragraph is one text; each sentence gets the line it starts on',
      lines: [
        [4, 'Ukrainian forces had captured'],
        [5, 'two Chinese men fighting for Russia, the'],
        [6, 'president said. Beijing did not'],
        [7, 'respond to a request for comment.'],
      ],
      expected: [
        { line: 4, text: 'Ukrainian forces had captured two Chinese men fighting for Russia, the president said.' },
        { line: 6, text: 'Beijing did not respond to a request for comment.' },
      ],
    },
    {
      name: 'a line ending with a function word runs on into a capitalised line',
      lines: [
        [1, 'The men were captured by'],
        [2, 'Ukrainian forces in the east.'],
      ],
      expected: [{ line: 1, text: 'The men were captured by Ukrainian forces in the east.' }],
    },
    {
      name: 'a headline ending in a lower-case word stays apart from a capitalised line',
      lines: [
        [5, 'Chinese nationals captured fighting for Russia in Ukraine, Zelenskyy says'],
        [6, 'Ukraine President Volodymyr Zelenskyy said on Tuesday that forces had captured two men.'],
      ],
      expected: [
        { line: 5, text: 'Chinese nationals captured fighting for Russia in Ukraine, Zelenskyy says' },
        { line: 6, text: 'Ukraine President Volodymyr Zelenskyy said on Tuesday that forces had captured two men.' },
      ],
    },
    {
      name: 'a line ending with a comma runs on into a capitalised line',
      lines: [
        [1, 'Writing on social media, Andriy Kovalenko,'],
        [2, 'a member of the council, called them mercenaries.'],
        [3, 'Reuters could not verify the claims.'],
      ],
      expected: [
        { line: 1, text: 'Writing on social media, Andriy Kovalenko, a member of the council, called them mercenaries.' },
        { line: 3, text: 'Reuters could not verify the claims.' },
      ],
    },
    {
      name: 'a quote that ends in a comma runs on into its attribution on the next line',
      lines: [
        [1, '“This is a clear signal,”'],
        [2, 'Zelensky said. He also urged a response.'],
      ],
      expected: [
        { line: 1, text: '“This is a clear signal,” Zelensky said.' },
        { line: 2, text: 'He also urged a response.' },
      ],
    },
    {
      name: 'a line that ends a sentence ends its paragraph, even before a lower-case line',
      lines: [
        [1, 'Trump is seeking to swiftly end the war.'],
        [2, 'read more'],
        [3, '“We will win.”'],
        [4, 'he said.'],
      ],
      expected: [
        { line: 1, text: 'Trump is seeking to swiftly end the war.' },
        { line: 2, text: 'read more' },
        { line: 3, text: '“We will win.”' },
        { line: 4, text: 'he said.' },
      ],
    },
    {
      name: 'a title, "No." or an initial at a line end runs on; other abbreviations end the line',
      lines: [
        [1, 'He met Lt. Col.'],
        [2, 'Smith, the No.'],
        [3, '2 officer, and Donald J.'],
        [4, 'Trump in the U.S.'],
        [5, 'How about you?'],
        [6, '©2025 GPlusMedia Inc.'],
        [7, 'Giving credibility to a claim is foolish.'],
      ],
      expected: [
        { line: 1, text: 'He met Lt. Col. Smith, the No. 2 officer, and Donald J. Trump in the U.S.' },
        { line: 5, text: 'How about you?' },
        { line: 6, text: '©2025 GPlusMedia Inc.' },
        { line: 7, text: 'Giving credibility to a claim is foolish.' },
      ],
    },
    {
      name: 'a gap in line numbers ends a paragraph even mid-sentence',
      lines: [
        [1, 'The minister said that'],
        [3, 'the talks would resume.'],
      ],
      expected: [
        { line: 1, text: 'The minister said that' },
        { line: 3, text: 'the talks would resume.' },
      ],
    },
    {
      name: 'lines without a letter or digit give no sentence',
      lines: [
        [1, '* * *'],
        [2, '—'],
        [3, 'It ended. ...'],
      ],
      expected: [{ line: 3, text: 'It ended. ...' }],
    },
  ])('$name', ({ lines, expected }) => {
    expect(brief(segment(cleaned(lines)))).toEqual(expected);
  });

  it('numbers sentences 0.. across the source and tags them with the source id', () => {
    const sentences = segment(
      cleaned(
        [
          [2, 'One. Two.'],
          [4, 'Three.'],
        ],
        'reuters',
      ),
    );
    expect(sentences).toEqual([
      { source: 'reuters', index: 0, line: 2, text: 'One.' },
      { source: 'reuters', index: 1, line: 2, text: 'Two.' },
      { source: 'reuters', index: 2, line: 4, text: 'Three.' },
    ]);
  });

  it('gives no sentences for a source with nothing kept', () => {
    expect(segment(cleaned([]))).toEqual([]);
  });

  it('splits the seed articles into sentences that all start on a kept line', () => {
    const dir = new URL('../fixtures/seeds/', import.meta.url);
    const text = readFileSync(new URL('001_9c1a1810735250cf.txt', dir), 'utf8');
    const lines = text.split('\n').map((t, i): [number, string] => [i + 1, t]).filter(([, t]) => t.trim() !== '');
    const sentences = segment(cleaned(lines, '001'));
    expect(sentences.map((s) => s.line)).toEqual([1, 2, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8]);
    for (const s of sentences) expect(lines.find(([n]) => n === s.line)?.[1]).toContain(s.text.slice(0, 20));
  });

  it('handles a 1 MB kept line with no punctuation as one sentence', () => {
    const sentences = segment(cleaned([[1, 'abcdefghij'.repeat(100_000)]]));
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.line).toBe(1);
  });
});
