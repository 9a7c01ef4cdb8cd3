import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import type { CleanedSource, RemovalReason } from '../src/types.js';
import { CLEAN_LINE_UNITS } from './helpers/adversarial.js';

/** What clean() did with one line. */
type Outcome = RemovalReason | 'kept' | 'headline' | 'missing';

function outcomeAt(result: CleanedSource, line: number): Outcome {
  if (result.headline?.line === line) return 'headline';
  if (result.kept.some((k) => k.line === line)) return 'kept';
  return result.removed.find((r) => r.line === line)?.reason ?? 'missing';
}

function cleanText(text: string): CleanedSource {
  return clean({ id: 'test', path: 'test.txt', text });
}

const HEADLINE = 'Quake kills 10 on Iranian island';
const BODY_ABOVE = [
  'A powerful earthquake hit southern Iran on Sunday, killing at least 10 people, officials said.',
  'The quake struck Qeshm island, home to 120,000 people, state media reported.',
];
const BODY_BELOW = [
  'Helicopters ferried the injured to hospital, the governor said.',
  '"We were panicked," one woman told AFP.',
  'The island has a free trade zone and a busy port, officials said.',
];

type Layout = 'paragraphs' | 'sentences';

/** Puts `line` in the middle of a short article and says what clean() made of it. */
function inArticle(line: string, layout: Layout = 'paragraphs'): Outcome {
  const lines = [HEADLINE, ...BODY_ABOVE, line, ...BODY_BELOW];
  const separator = layout === 'paragraphs' ? '\n\n' : '\n';
  const lineNumber = layout === 'paragraphs' ? 2 * (BODY_ABOVE.length + 1) + 1 : BODY_ABOVE.length + 2;
  return outcomeAt(cleanText(lines.join(separator)), lineNumber);
}

/** Puts `line` between the headline and the first paragraph. */
function aboveArticle(line: string): Outcome {
  const lines = [HEADLINE, line, ...BODY_ABOVE, ...BODY_BELOW];
  return outcomeAt(cleanText(lines.join('\n\n')), 3);
}

type Case = [line: string, expected: Outcome];

/** Clutter lines with their reason, and look-alike article sentences that must be kept. */
function ruleTable(clutter: Case[], content: string[]): Case[] {
  return [...clutter, ...content.map((line): Case => [line, 'kept'])];
}

describe('clean: line rules, clutter next to look-alike sentences', () => {
  const tables: Record<string, Case[]> = {
    advertisement: ruleTable(
      [
        ['Advertisement', 'advertisement'],
        ['ADVERTISEMENT', 'advertisement'],
        ['Story continues below advertisement', 'advertisement'],
        ['Advertisement - Scroll to continue', 'advertisement'],
        ['Sponsored content', 'advertisement'],
        ['Download app: iOS | Android', 'advertisement'],
      ],
      [
        'Advertisement revenue fell 10% last year, the company said.',
        'The advertisement, which ran on state television, showed the damaged villages.',
        'Ad spending rose sharply after the quake, analysts said.',
      ],
    ),
    navigation: ruleTable(
      [
        ['read more', 'navigation'],
        ['Read more from our media partners at the Kingsport Times-News.', 'navigation'],
        ['Click here for for report on shooting.', 'navigation'],
        ['Tags: Ukraine, China, Russia', 'navigation'],
        ['world', 'navigation'],
        ['Share on Facebook', 'share'],
        ['Facebook Twitter WhatsApp Email', 'share'],
        ['5 min read', 'navigation'],
        ['Sign up for our daily newsletter', 'promotion'],
        ["Here's a slideshow of images of the northern Sumatra quake on Tuesday.", 'navigation'],
        ['Link Copied!', 'share'],
      ],
      [
        'Health officials said they are accepting blood donations. Click here for donation locations.',
        'World leaders condemned the attack on Monday.',
        'Share prices in Athens fell 5.4 per cent, traders said.',
        'Tags were found on the bodies, police said.',
        'Readers shared the video more than 10,000 times, the station said.',
      ],
    ),
    'related-content': ruleTable(
      [
        ['More from World', 'related-content'],
        ["More from GlobalPost: Aceh's bloodstained elections", 'related-content'],
        ['Related: Police: 5 officers dead, 7 hurt in Dallas protest shooting', 'related-content'],
        ['Previous story: 1 dead, 4 injured after man shoots at random in Bristol', 'related-content'],
        ['READ MORE: Zelenskyy says Chinese fighters were captured', 'related-content'],
        ['Officials discuss the shootings at a news conference. Felicia Rodriguez reports. More', 'related-content'],
      ],
      [
        'The newspaper ran the headline "More From Less: Iran\'s Oil Gamble" on Monday.',
        'Related charges were filed against two other men, prosecutors said.',
        "More from the ministry's statement is expected on Tuesday.",
        'Use of force was inevitable...',
      ],
    ),
    comments: ruleTable(
      [
        ['Comments (12)', 'comments'],
        ['Leave a comment', 'comments'],
        ['RichardPearceToday  07:20 am JST', 'comments'],
        ['jsmith 2 hours ago', 'comments'],
        ['Reply', 'comments'],
      ],
      [
        "Guess they're running out of North Koreans, one resident wrote on Facebook.",
        'Comments made by the minister drew criticism, the paper reported.',
        'The spokesman declined to comment.',
      ],
    ),
    byline: ruleTable(
      [
        ['By Yuliia Dysa, Dan Peleschuk', 'byline'],
        ['By JOHN DOE, Associated Press', 'byline'],
        ['By Reuters Staff', 'byline'],
        ['Written by Jane Doe', 'byline'],
        ['Social Media Asia Editor', 'byline'],
      ],
      [
        'By then, all 23 pirates had clambered onto the dhow.',
        'By Tuesday the death toll had risen to 10.',
        'By comparison, the 2003 Bam quake killed more than 26,000 people.',
      ],
    ),
    caption: ruleTable(
      [
        [
          'Ukrainian President Volodymyr Zelenskiy speaks at a press conference with Belgian Prime Minister Bart De Wever (not pictured) in Kyiv, Ukraine April 8, 2025. REUTERS/Thomas Peter Image: Reuters/Thomas Peter',
          'caption',
        ],
        ['The patio of Club Blu nightclub is shown after a shooting in Fort Myers, Florida, U.S. July 25, 2016. REUTERS/Joe Skipper', 'caption'],
        ['President Macron (L) shakes hands with Chancellor Merz (R) in Paris', 'caption'],
        ['PHOTOS: 1 dead, 4 injured after man shoots at random in Bristol View as gallery (Photo: WJHL) (Photo: WJHL)', 'caption'],
        ['Map of Iran highlighting epicenter of earthquake: A tremor shook southern Iran yesterday, causing major damage.', 'caption'],
        ['Image caption, Rescue workers search the rubble in Qeshm', 'caption'],
        ['(Photo: WJHL)', 'credit'],
        ['Courtesy: WJHL', 'credit'],
        ['Image: Reuters/Thomas Peter', 'credit'],
        ['Photograph: Dan Kitwood/Getty Images', 'credit'],
        ['Image source, Getty Images', 'credit'],
      ],
      [
        'Reuters could not independently verify the claims.',
        'Support for the party fell to 30%, according to a Reuters/Ipsos poll.',
        'The photo, taken by a resident, showed smoke rising over the port.',
        'Pictures on Palestinian TV showed walls heavily marked by shrapnel.',
      ],
    ),
    credit: ruleTable(
      [
        ['With inputs from agencies', 'credit'],
        ['The Associated Press contributed to this report.', 'credit'],
        ['(Additional reporting by Letitia Stein in Tampa; editing by Leslie Adler)', 'credit'],
        ['Reporting by Yuliia Dysa; Editing by Tom Balmforth', 'credit'],
        ['Source: Reuters', 'credit'],
        ['(AP)', 'credit'],
      ],
      [
        'Two other reporters contributed to the investigation, which took a year.',
        'Sources said the talks had stalled.',
        "With inputs from the governor's office, the plan was revised.",
      ],
    ),
    'social-embed': ruleTable(
      [
        ['— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) April 8, 2025', 'social-embed'],
        ['We have information suggesting that… pic.twitter.com/ekBr6hCkQL', 'social-embed'],
        ['https://twitter.com/ZelenskyyUa/status/1909586461029965871?ref_src=twsrc%5Etfw', 'social-embed'],
        ['https://t.co/AbCdEf123', 'social-embed'],
        ['A post shared by NASA (@nasa)', 'social-embed'],
        ['@ZelenskyyUa', 'social-embed'],
      ],
      [
        'Zelenskyy wrote on X that the men were carrying identity documents.',
        'Our military has captured two Chinese citizens who were fighting as part of the Russian army.',
        'The account @ZelenskyyUa has 2 million followers, the company said.',
      ],
    ),
    copyright: ruleTable(
      [
        ['© Thomson Reuters 2025.', 'copyright'],
        ['©2025 GPlusMedia Inc.', 'copyright'],
        ['© 2025 Latin Times. All rights reserved. Do not reproduce without permission.', 'copyright'],
        ['Copyright 2016 WJHL. All rights reserved.', 'copyright'],
      ],
      [
        'Copyright law was changed in 2019, the minister said.',
        'The company reserved all rights to appeal, its lawyer said.',
      ],
    ),
    url: ruleTable(
      [
        ['https://www.example.com/news/world-123', 'url'],
        ['www.example.com', 'url'],
        ['For more details, visit the fund page: http://example.org/fund', 'url'],
        ['WATCH THE BRIEFING LIVE: https://example.org/live', 'url'],
      ],
      [
        'The county set up a fund for the families of the victims and said donations can be made at http://example.org/fund',
        'The site, www.example.com, went offline on Monday, its owner said.',
      ],
    ),
    timestamp: ruleTable(
      [
        ['4 hours ago', 'timestamp'],
        ['Updated: July 02, 2013 15:50 IST', 'timestamp'],
        ['11/30/09 05:40 PM ET', 'timestamp'],
        ['Last Updated: Monday, 28 November 2005, 02:24 GMT', 'timestamp'],
        ['Novemer 27, 2005', 'timestamp'],
        ['7:00pm UK, Wednesday 05 May 2010', 'timestamp'],
        ['Date Published: Tuesday, November 15, 2011', 'timestamp'],
        ['Updated 4:12 PM GMT+2, April 8, 2025', 'timestamp'],
        ['Tue 8 Apr 2025 14.01 BST', 'timestamp'],
        // A short meridiem some publishing systems write, and the labels of an update log.
        ['Posted on Aug 3 2019, 9:41p', 'timestamp'],
        ['Previously, March 4, 11:15 a.m.', 'timestamp'],
        ['Earlier: Sept. 9, 6:20 p.m.', 'timestamp'],
      ],
      [
        "Monday's earthquake was the second one to hit Qeshm in the past 24 hours.",
        'Earlier, on March 4, police had closed the road.',
        'It hit at 1:53 p.m. local time.',
        'May 5 was the deadliest day of the protests.',
        'He denied it.',
      ],
    ),
    heading: ruleTable(
      [
        ['Deceased victims identified', 'heading'],
        ['A scene witnesses won\'t soon forget', 'heading'],
        ['ALL-AGES PARTY', 'heading'],
        ['---', 'heading'],
      ],
      [
        'He denied it.',
        'Police say the suspect fled on foot',
        'Two people were injured, including a child.',
        '"It was chaos," she said.',
      ],
    ),
  };

  for (const [rule, table] of Object.entries(tables)) {
    it.each(table)(`${rule}: %s -> %s`, (line, expected) => {
      expect(inArticle(line)).toBe(expected);
    });
  }

  describe('sentence-per-line text (ECB): short or unpunctuated sentences stay', () => {
    it.each<Case>([
      ["'We panicked'", 'heading'],
      ['Five Wounded by Quake in Southern Iran', 'heading'],
      ['Products also include shampoo, conditioner, therapeutic lotion and soap', 'kept'],
      ['Trade unions say their members are having to pay for an economic crisis created by corrupt politicians', 'kept'],
      ['Windows smashed.', 'kept'],
      ['They managed to get out.', 'kept'],
      ['Tim Fanning told a news conference.', 'kept'],
      ['PTI reports:', 'kept'],
      ['"What can we do?', 'kept'],
      ['Where should we go?"', 'kept'],
    ])('%s -> %s', (line, expected) => {
      expect(inArticle(line, 'sentences')).toBe(expected);
    });
  });

  describe('above the article: datelines, bylines and labels go, a standfirst stays', () => {
    it.each<Case>([
      ['KYIV', 'dateline'],
      ['FORT MYERS, Fla.', 'dateline'],
      ['INDONESIA, July 2, 2013', 'dateline'],
      ['WASHINGTON (Reuters) -', 'dateline'],
      ['5 Comments', 'comments'],
      ['Politics', 'navigation'],
      ['By Yuliia Dysa, Dan Peleschuk', 'byline'],
      ['Published: November 28, 2005', 'timestamp'],
      ['SEVENTEEN hours after the attack, the UN director was certain of one thing.', 'kept'],
      ['THE UN has disputed claims that militants fired mortars from the school.', 'kept'],
      ['Beijing is a close diplomatic ally of Moscow but is not publicly known to have aided the invasion.', 'kept'],
    ])('%s -> %s', (line, expected) => {
      expect(aboveArticle(line)).toBe(expected);
    });

    it('an all-caps line inside the article is a sub-head, not a dateline', () => {
      expect(inArticle('KYIV')).toBe('heading');
    });
  });
});

describe('clean: headline', () => {
  it('takes the first title-like line above the text, and puts it in neither kept nor removed', () => {
    const result = cleanText(['Categories: World', '', HEADLINE, '', ...BODY_ABOVE].join('\n'));
    expect(result.headline).toEqual({ line: 3, text: HEADLINE });
    expect(result.kept.map((k) => k.line)).toEqual([5, 6]);
    expect(result.removed.map((r) => r.line)).toEqual([1]);
  });

  it('keeps a standfirst that lost its full stop, but not an author name', () => {
    const standfirst = 'Ukrainian president says Kyiv has information that many more Chinese citizens are fighting';
    const result = cleanText([HEADLINE, standfirst, 'Pjotr Sauer', ...BODY_ABOVE].join('\n\n'));
    expect(result.headline?.line).toBe(1);
    expect(outcomeAt(result, 3)).toBe('kept');
    expect(outcomeAt(result, 5)).toBe('heading');
  });

  it('takes no headline when the text starts with a sentence', () => {
    expect(cleanText(BODY_ABOVE.join('\n')).headline).toBeUndefined();
  });

  it('keeps a lone title-like line as text: a headline needs text under it', () => {
    const only = 'Robbers in drag steal €80 million from Paris diamond store in biggest French heist';
    const result = cleanText(only);
    expect(result.headline).toBeUndefined();
    expect(result.kept).toEqual([{ line: 1, text: only }]);
  });

  it("treats a title over a photo caption as the photo's when a headline follows", () => {
    const text = [
      'Zelenskiy meets Belgian PM in Kyiv',
      'Zelenskiy speaks with Bart De Wever (not pictured) in Kyiv, April 8, 2025. REUTERS/Thomas Peter',
      '',
      'Chinese nationals captured fighting for Russia, Zelenskiy says',
      '',
      ...BODY_ABOVE,
    ].join('\n');
    const result = cleanText(text);
    expect(result.headline?.line).toBe(4);
    expect(outcomeAt(result, 1)).toBe('caption');
    expect(outcomeAt(result, 2)).toBe('caption');
  });

  it('keeps a headline over a lead photo', () => {
    const text = [HEADLINE, 'Rescuers search the rubble of a house in Qeshm. REUTERS/Raheb Homavandi', ...BODY_ABOVE].join('\n\n');
    const result = cleanText(text);
    expect(result.headline?.line).toBe(1);
    expect(outcomeAt(result, 3)).toBe('caption');
  });
});

describe('clean: the end of the article', () => {
  const article = [HEADLINE, ...BODY_ABOVE, ...BODY_BELOW];

  it('cuts a comment thread after a copyright footer even when the comments are full sentences', () => {
    const comments = [
      'Giving credibility to this claim is foolish.',
      'Guess they are running out of soldiers.',
      'jsmith  07:20 am JST',
      'What evidence do you have that he is lying?',
    ];
    const result = cleanText([...article, '© 2025 Example News Inc.', ...comments].join('\n\n'));
    const tail = result.removed.filter((r) => r.line > 2 * article.length);
    expect(tail.map((r) => r.reason)).toEqual(['copyright', 'comments', 'comments', 'comments', 'comments']);
    expect(result.kept).toHaveLength(article.length - 1);
  });

  it('does not cut the article at a copyright line when reporting carries on below it', () => {
    const more = [
      'Rescue teams reached the worst-hit villages by nightfall, the Red Crescent said.',
      '"Most of the buildings are not safe to live in any more," a provincial official told state television.',
      'Aid workers said 2,000 tents had been handed out.',
    ];
    const result = cleanText([HEADLINE, ...BODY_ABOVE, '© AFP 2025', ...more, ...BODY_BELOW].join('\n\n'));
    expect(result.removed.map((r) => r.reason)).toEqual(['copyright']);
    expect(result.kept).toHaveLength(BODY_ABOVE.length + more.length + BODY_BELOW.length);
  });

  it('does not end the article at a comment count printed above it', () => {
    const result = cleanText([HEADLINE, '5 Comments', ...BODY_ABOVE, ...BODY_BELOW].join('\n\n'));
    expect(result.removed.map((r) => r.reason)).toEqual(['comments']);
    expect(result.kept).toHaveLength(BODY_ABOVE.length + BODY_BELOW.length);
  });

  it('gives each section below the article its own reason', () => {
    const page = [
      ...article,
      'End of Article',
      'Recent News',
      'Iranian soccer players granted asylum in Australia',
      'The Iranian women’s soccer team left Australia minus seven of its members…',
      '4 hours ago',
      '3 Comments',
      'This is the best article I have read all week, thanks.',
      'Reply',
    ];
    const result = cleanText(page.join('\n\n'));
    const tail = result.removed.map((r) => r.reason);
    expect(tail).toEqual([
      'navigation',
      'related-content',
      'related-content',
      'related-content',
      'timestamp',
      'comments',
      'comments',
      'comments',
    ]);
  });

  it('does not end the article at a "Related article" box inside it', () => {
    const box = ['Related article', 'Zelensky says Russia is stalling peace talks'];
    const more = [
      'Beijing has said it is neutral, officials said.',
      'The foreign ministry told reporters it was checking the reports.',
      'Kyiv has summoned China’s charge d’affaires, the foreign minister said.',
    ];
    const result = cleanText([HEADLINE, ...BODY_ABOVE, ...box, ...more, ...BODY_BELOW].join('\n\n'));
    expect(result.removed.map((r) => r.reason)).toEqual(['related-content', 'related-content']);
    expect(result.kept).toHaveLength(BODY_ABOVE.length + more.length + BODY_BELOW.length);
  });

  it('removes a list of other stories inside the article by its shape: title, teaser, time stamp', () => {
    const list = ['Quake survivors shelter in tents', 'Iranian rescue workers handed out blankets and food on…', '4 hours ago'];
    const result = cleanText([HEADLINE, ...BODY_ABOVE, ...list, ...BODY_BELOW].join('\n\n'));
    expect(result.removed.map((r) => r.reason)).toEqual(['related-content', 'related-content', 'timestamp']);
  });
});

/** A seed article, line by line: which lines are the article and what each clutter line is. */
interface SeedExpectation {
  file: string;
  headline?: number;
  body: number[];
  clutter: Record<number, RemovalReason>;
}

function range(from: number, to: number, step = 1): number[] {
  const result: number[] = [];
  for (let n = from; n <= to; n += step) result.push(n);
  return result;
}

function each(lines: number[], reason: RemovalReason): Record<number, RemovalReason> {
  return Object.fromEntries(lines.map((n) => [n, reason]));
}

const SEEDS: SeedExpectation[] = [
  {
    file: '000_ec28e01846dc2816.txt',
    headline: 3,
    body: [5, 9, 11, 13, 21, 23, 25, 27, 31, 33, 35],
    clutter: {
      1: 'navigation', // Categories: Social Media News
      7: 'navigation', // read more
      15: 'advertisement',
      17: 'social-embed', // the embedded tweet's link
      19: 'related-content', // More from World
      29: 'advertisement',
      37: 'credit', // With inputs from agencies
      39: 'navigation', // End of Article
      41: 'byline', // Social Media Asia Editor
      43: 'related-content', // Recent News
      ...each([45, 47, 51, 53, 57, 59, 63, 65, 69, 71, 75, 77], 'related-content'),
      ...each(range(49, 79, 6), 'timestamp'), // 4 hours ago
    },
  },
  {
    file: '001_9c1a1810735250cf.txt',
    body: range(1, 8),
    clutter: {},
  },
  {
    file: '002_00bcb2c85f74b812.txt',
    headline: 5,
    body: range(11, 45, 2),
    clutter: {
      1: 'caption', // the photo's title
      2: 'caption',
      3: 'navigation', // world
      7: 'comments', // 5 Comments
      8: 'byline',
      9: 'dateline', // KYIV
      47: 'copyright',
      49: 'copyright',
      ...each(range(51, 73, 2), 'comments'),
    },
  },
  {
    file: '003_4fb5f7077c4bf7d7.txt',
    headline: 1,
    body: range(3, 19, 2),
    clutter: { 21: 'related-content', 23: 'related-content' },
  },
  {
    file: '004_fb8f9be659c909f0.txt',
    body: [2, 3, 4, 5, 6, 9, 10], // line 6 is the quoted tweet's text
    clutter: { 7: 'social-embed', 8: 'social-embed', 11: 'copyright' },
  },
];

function readSeed(file: string): string {
  return readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), 'utf8');
}

describe('clean: seed articles, line by line', () => {
  describe.each(SEEDS)('$file', ({ file, headline, body, clutter }) => {
    const text = readSeed(file);
    const result = clean({ id: file, path: file, text });

    it('accounts for every non-blank line in the expectation', () => {
      const nonBlank = text
        .split(/\r\n|\r|\n/)
        .map((l, i) => (l.trim() === '' ? 0 : i + 1))
        .filter((n) => n > 0);
      const listed = [...body, ...Object.keys(clutter).map(Number), ...(headline === undefined ? [] : [headline])];
      expect([...listed].sort((a, b) => a - b)).toEqual(nonBlank);
    });

    it('finds the headline', () => {
      expect(result.headline?.line).toBe(headline);
    });

    it.each(body)('keeps article line %i', (line) => {
      expect(outcomeAt(result, line)).toBe('kept');
    });

    it.each(Object.entries(clutter).map(([line, reason]): [number, RemovalReason] => [Number(line), reason]))(
      'removes clutter line %i as %s',
      (line, reason) => {
        expect(outcomeAt(result, line)).toBe(reason);
      },
    );
  });
});

describe('clean: options and line endings', () => {
  it('keeps every non-blank line with keepClutter', () => {
    const text = readSeed('002_00bcb2c85f74b812.txt');
    const result = clean({ id: 's', path: 's', text }, { keepClutter: true });
    const nonBlank = text.split('\n').filter((l) => l.trim() !== '');
    expect(result.removed).toEqual([]);
    expect(result.headline).toBeUndefined();
    expect(result.kept.map((k) => k.text)).toEqual(nonBlank);
  });

  it.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
    ['\\r', '\r'],
  ])('numbers lines the same with %s line endings and a BOM', (_name, eol) => {
    const text = '\uFEFF' + [HEADLINE, '', 'Advertisement', '', ...BODY_ABOVE].join(eol);
    const result = cleanText(text);
    expect(result.headline).toEqual({ line: 1, text: HEADLINE });
    expect(result.removed).toEqual([{ line: 3, text: 'Advertisement', reason: 'advertisement' }]);
    expect(result.kept).toEqual([
      { line: 5, text: BODY_ABOVE[0] },
      { line: 6, text: BODY_ABOVE[1] },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(cleanText('')).toMatchObject({ kept: [], removed: [] });
    expect(cleanText(' \n\t\r\n')).toMatchObject({ kept: [], removed: [] });
  });
});

// How clean's time grows with the input (2 MB to 20 MB, 0.5 MB to 5 MB lines) is measured by `npm run bench`
// (scripts/growth.ts), not here: no clock in a test. Here: such inputs are cleaned whole, nothing lost.
describe('clean: big and adversarial input (no catastrophic backtracking)', () => {
  it('cleans a 20 MB page, every line accounted for', () => {
    const page = readSeed('000_ec28e01846dc2816.txt') + '\n\n' + readSeed('002_00bcb2c85f74b812.txt') + '\n\n';
    const text = page.repeat(Math.ceil(20_000_000 / page.length));
    const { kept, removed, headline } = cleanText(text);
    const nonBlank = text.split('\n').filter((line) => line.trim() !== '').length;
    expect(kept.length + removed.length + (headline === undefined ? 0 : 1)).toBe(nonBlank);
  });

  it.each(CLEAN_LINE_UNITS)('cleans a single 5 MB line of %s: kept, removed or the headline', (_name, unit) => {
    const line = unit.repeat(Math.ceil(5_000_000 / unit.length));
    for (const text of [line, 'http://' + line]) {
      const { kept, removed, headline } = cleanText(text);
      expect(kept.length + removed.length + (headline === undefined ? 0 : 1)).toBe(1);
    }
  });
});
