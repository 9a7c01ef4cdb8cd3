import { describe, expect, it } from 'vitest';
import { clean, cleanSources } from '../src/clean/index.js';
import type { CleanedSource, RemovalReason, Source } from '../src/types.js';

/**
 * Clutter signals meant to hold on any site: line shapes (video players, share buttons, contact lines,
 * pleas, update logs, captions with credits), and the page pass (repeats, context, the run's other
 * sources). Every text here is made up for the test.
 */

type Outcome = RemovalReason | 'kept' | 'headline' | 'missing';

function outcomeAt(result: CleanedSource, line: number): Outcome {
  if (result.headline?.line === line) return 'headline';
  if (result.kept.some((k) => k.line === line)) return 'kept';
  return result.removed.find((r) => r.line === line)?.reason ?? 'missing';
}

const source = (id: string, lines: string[]): Source => ({ id, path: `${id}.txt`, text: lines.join('\n\n') });
/** The 1-based line of the i-th paragraph (0-based) in a text made by `source`. */
const lineOf = (paragraph: number): number => 2 * paragraph + 1;

const HEADLINE = 'Fire destroys paper warehouse in Marlow';
const ABOVE = [
  'A fire destroyed a paper warehouse in Marlow on Friday night, the fire service said.',
  'About 60 firefighters fought the blaze for six hours before it was under control, the fire chief said.',
];
const BELOW = [
  'No one was hurt, the chief said, and the cause of the fire is under investigation.',
  'The warehouse stored paper and cardboard for a packaging company, its owner said.',
];

function inArticle(line: string): Outcome {
  return outcomeAt(clean(source('t', [HEADLINE, ...ABOVE, line, ...BELOW])), lineOf(ABOVE.length + 1));
}

describe('clean: line shapes that mark clutter on any site', () => {
  it.each<[string, Outcome]>([
    // video players and their leftovers
    ['SKIP Replay x Embed x Share', 'video'],
    ['WEBVTT >> GOOD EVENING, THANKS FOR JOINING US.', 'video'],
    ['>> THE FIRE STARTED JUST AFTER NINE.', 'video'],
    ['Please enable JavaScript to view this video.', 'video'],
    ['Watch: crews battle the flames overnight', 'video'],
    ['Watch the full report in the video above.', 'video'],
    ['Ann Lee hosts NEWS AT NINE for March 8, covering the warehouse fire. NEWS AT NINE, Ann Lee,', 'video'],
    ['Show Thumbnails Show Captions Last SlideNext Slide', 'gallery'],
    // share and like buttons
    ['Share this:', 'share'],
    ['Email Facebook Twitter Print', 'share'],
    ['Like this: Like Loading...', 'share'],
    // how to reach the reporter
    ['Reporter Ann Lee can be reached at 555-0100 or alee@example.com.', 'contact'],
    ['Follow Ann Lee on Twitter at @annlee_news', 'contact'],
    ['Twitter: @annlee_news', 'contact'],
    ['alee@example.com', 'contact'],
    // the page talking about itself
    ['This is a developing story. Check back for updates.', 'promotion'],
    ['Refresh this page for the latest updates as they become available.', 'promotion'],
    ['Stay with Channel 9 for updates on this story.', 'promotion'],
    ['Sign up for our morning newsletter, delivered to your inbox.', 'promotion'],
    ['Download our free app for breaking news alerts.', 'advertisement'],
    ['Get our newsletter delivered daily for free.', 'promotion'],
    ['UPDATES:', 'update-log'],
    ['9:15 a.m.: This article was updated with comments from the owner.', 'update-log'],
    ['This story has been corrected to show the fire began on Friday.', 'update-log'],
    ['Correction: An earlier version of this article gave the wrong street name.', 'update-log'],
    ['Information from: The Marlow Post', 'credit'],
    ['This report contains material from the Associated Press.', 'credit'],
    ['Online: https://example.org/fire-report', 'url'],
    // pictures, credits and notices
    ['Firefighters spray water on the roof on Friday night. (Dan Moore/Channel 9)', 'caption'],
    ['Smoke rises over the river at dusk. Dan Moore for The Marlow Post', 'caption'],
    ['Ann Lee, left, and her brother watch the fire from across the road.', 'caption'],
    ['The burned roof, pictured on Saturday, collapsed during the night.', 'caption'],
    ['Gutted: The warehouse had stood on the riverside for more than a century', 'caption'],
    ['Photos of the warehouse via the fire service', 'credit'],
    ['Crews on the roof on Friday. (Photo: Dan Moore/The Marlow Post) Buy Photo', 'caption'],
    ['Caption A crane lifts the last beam from the burned warehouse.', 'caption'],
    ['Replay Embed Share Crews fight the warehouse fire through the night.', 'video'],
    ['CLOSE Skip Embed Firefighters describe the moment the roof fell in.', 'video'],
    ['Copyright The Marlow Post', 'copyright'],
    ['Have a news tip? Email us.', 'promotion'],
    ['Staff writers Ann Lee and Tom Roe contributed.', 'credit'],
    ['Ann Lee contributed to this report.', 'credit'],
    ['Ann Lee contributed to this report. Contact Tom Roe at troe@example.com.', 'contact'],
    ['(News and © Copyright 2024 Example Media Inc. All rights reserved.)', 'copyright'],
    ['2024 Example Media/Channel 9', 'copyright'],
    ['(Published Friday, March 8, 2024)', 'timestamp'],
    // links to other stories and to elsewhere
    ['[Second fire in a month hits the industrial estate]', 'related-content'],
    ['Related stories Flooding closes the ring road for a week', 'related-content'],
    ['Also on Example News:', 'related-content'],
    ['Read or Share this story: http://example.org/s/1', 'url'],
    ['&amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;lt;!--embed--&amp;amp;amp;gt;', 'navigation'],
    // the same kinds in other wordings: a post signed with a date in another language, a medium given "courtesy
    // of" or "via" someone, a list labelled by a qualifier and a noun of stories, the reporter's number, a line
    // that ends by sending the reader to a link
    ['Crews are still on the roof. — Marlow Fire (@MarlowFire) 8 mars 2024', 'social-embed'],
    ['Smoke over the river tonight — Ann Lee (@annlee) 8. März 2024', 'social-embed'],
    ['Attached video courtesy of a neighbour via YouTube', 'credit'],
    ['Video of the fire via Facebook', 'credit'],
    ['Previous coverage:', 'related-content'],
    ['More Videos', 'related-content'],
    ['Earlier stories', 'related-content'],
    ['Contact Ann Lee at 555-010-0199.', 'contact'],
    ['Reach Tom Roe at 555.010.0199.', 'contact'],
    ['For more ways to help the workers, click here.', 'promotion'],
    // a picture's text told by what hangs on it or points at it
    ['Firefighters spray the roof of the mill on Friday. (Source: Dan Moore/Channel 9)', 'caption'],
    ['The burned mill seen from the river bank. (Map: Marlow Council)', 'caption'],
    ['Crews spray the roof of the mill on Friday. Photo by Dan Moore', 'caption'],
    ['Crews spray the roof of the mill on Friday. Dan Moore/The Marlow Post', 'caption'],
    ['This photo shows the loading bay where the fire started.', 'caption'],
    ['The attached video shows smoke over the river at dawn.', 'caption'],
    ['Booking photos are provided by the county jail. An arrest is not a conviction.', 'credit'],
    ['This transcript was automatically generated and may contain errors.', 'video'],
    ['Video player is loading.', 'video'],
    ['Reach reporter Ann Lee at 555-010-0199.', 'contact'],
    ['Ann Lee: 555-010-0199, alee@example.com', 'contact'],
    ['Ann Lee is a staff reporter for the Marlow Post.', 'byline'],
    ['Tom Roe covers courts and public safety for Channel 9.', 'byline'],
    ['Material from the Associated Press was used in this report.', 'credit'],
    ['More on this story: Mill owner vows to rebuild | Workers wait for news | Council meets on fire safety', 'related-content'],
    [`RAW VIDEO: Crews fight the Marlow mill fire ${'Firefighters spent the night spraying the roof of the old mill by the river. '.repeat(2)}(Published Friday, March 8, 2024)`, 'video'],
  ])('%s -> %s', (line, expected) => {
    expect(inArticle(line)).toBe(expected);
  });

  it.each([
    'Firefighters said the roof collapsed shortly after midnight, and nobody was inside.',
    'The owner said he would share the insurance report with the council next week.',
    'Anyone with information is asked to call the fire service at 555-0199.',
    'Skip Dorn, the warehouse manager, said the alarm sounded at midnight.',
    'Close to 40 firefighters fought the blaze through the night.',
    'Residents were told to sign up for emergency alerts, the council said.',
    'The fire chief, Ann Lee, said the building had no sprinklers.',
    'Crews left the scene at 6 a.m. on Saturday.',
    '"We watched it burn all night," said Tom Roe, who lives across the road.',
    'UPDATE - On Saturday afternoon the council said the road would reopen on Monday.',
    'The owner, pictured, was at the scene until dawn, neighbours said.',
    'Tips can be sent to tips@example.org or left on the fire service hotline.',
    'Residents can subscribe to text alerts from the county.',
    'See you in court, the lawyer told reporters after the hearing.',
    'Two neighbours contributed to the report filed by the fire service.',
    'The singer invited fans via Twitter to a vigil at the warehouse.',
    'Contact Crime Stoppers at 555-010-0199 with any information.',
    'Contact Detective Ann Lee at 555-010-0199.',
    'Latest figures show the fire cost the town $2 million.',
    'Video shows a man running from the mill shortly before the fire, police said.',
    'Photos taken by a neighbour were handed to the police on Saturday.',
    'The fire was under control by 6 a.m. The fire chief told Channel 9.',
    'Ann Lee was a reporter for the Marlow Post for 20 years, her family said.',
    'Call 555-010-0199 or email tips@example.org with any information.',
    'The mill owner is a partner at the Marlow Trading Company, records show.',
  ])('keeps the sentence %s', (line) => {
    expect(inArticle(line)).toBe('kept');
  });
});

describe('clean: clutter glued to a paragraph is cut from the kept text', () => {
  it.each([
    [
      'The city opened a fund for the workers who lost their jobs. Click here to donate.',
      'The city opened a fund for the workers who lost their jobs.',
    ],
    [
      'The company will hold a meeting for staff on Monday. For more information, visit http://example.org/help',
      'The company will hold a meeting for staff on Monday.',
    ],
    ['**UPDATE** - On Saturday the owner said he would rebuild.', 'On Saturday the owner said he would rebuild.'],
    // The page sending its reader to a medium: an imperative opening, a medium named.
    [
      '"We just want answers," said the mayor, Rosa Venn. Watch the full news conference here.',
      '"We just want answers," said the mayor, Rosa Venn.',
    ],
    ['The dam held through the night, engineers said. Look for more coverage on Channel 7 at noon.', 'The dam held through the night, engineers said.'],
    // A credit glued to the paragraph's end.
    ['Crews kept the fire from spreading to the mill next door. (AP)', 'Crews kept the fire from spreading to the mill next door.'],
    // An order given in the story is reporting.
    ['Officers told residents to stay inside. Watch for falling branches, the chief warned.', 'Officers told residents to stay inside. Watch for falling branches, the chief warned.'],
  ])('%s', (line, kept) => {
    const result = clean(source('t', [HEADLINE, ...ABOVE, line, ...BELOW]));
    expect(result.kept.find((k) => k.line === lineOf(3))?.text).toBe(kept);
  });
});

describe('clean: the page pass', () => {
  const CAPTIONS = [
    'Firefighters stand in front of the burned warehouse on Saturday morning.',
    'A crane lifts part of the collapsed roof away from the loading bay.',
  ];

  it('removes a gallery of captions printed twice, every copy', () => {
    const lines = [HEADLINE, ...CAPTIONS, ...CAPTIONS, ...ABOVE, ...BELOW];
    const result = clean(source('t', lines));
    expect([1, 2, 3, 4].map((p) => outcomeAt(result, lineOf(p)))).toEqual(['gallery', 'gallery', 'gallery', 'gallery']);
    expect(result.kept.map((k) => k.line)).toEqual([5, 6, 7, 8].map(lineOf));
  });

  it('keeps a page scraped twice: most of it repeating is the article, not a gallery', () => {
    const result = clean(source('t', [HEADLINE, ...ABOVE, ...BELOW, ...ABOVE, ...BELOW]));
    expect(result.removed).toEqual([]);
  });

  it('removes a lead caption pieced together from two sentences the article says further down', () => {
    const [first = '', second = ''] = ABOVE;
    const lead = `${first} ${BELOW[0] ?? ''}`;
    const result = clean(source('t', [HEADLINE, lead, `MARLOW — ${first}`, second, ...BELOW]));
    expect(outcomeAt(result, lineOf(1))).toBe('caption');
    expect(result.kept.map((k) => k.line)).toEqual([2, 3, 4, 5].map(lineOf));
  });

  it('removes short lines amid furniture after the article, and keeps a short last sentence', () => {
    const lines = [
      HEADLINE,
      ...ABOVE,
      ...BELOW,
      'Nobody was arrested.',
      'Share this story',
      'Thanks for reading!',
      'Copyright 2024 Example Media. All rights reserved.',
    ];
    const result = clean(source('t', lines));
    expect(outcomeAt(result, lineOf(5))).toBe('kept');
    expect(outcomeAt(result, lineOf(7))).toBe('navigation');
  });

  it.each<[string, Outcome]>([
    [`× ${HEADLINE}`, 'heading'],
    [`${HEADLINE} | Local News`, 'heading'],
    [`${HEADLINE} on Friday night, the fire service said.`, 'kept'],
  ])('a line that repeats the headline: %s -> %s', (line, expected) => {
    expect(outcomeAt(clean(source('t', [HEADLINE, line, ...ABOVE, ...BELOW])), lineOf(1))).toBe(expected);
  });

  it('keeps a short sentence and a sub-head between paragraphs of reporting', () => {
    const result = clean(source('t', [HEADLINE, ...ABOVE, 'It spread fast.', ...BELOW]));
    expect(outcomeAt(result, lineOf(3))).toBe('kept');
  });
});

describe('cleanSources: the run as evidence', () => {
  const other = (id: string) =>
    source(id, [
      'Marlow warehouse fire: 60 firefighters on scene',
      'Sixty firefighters fought a fire at a paper warehouse in Marlow on Friday night, the fire service said.',
      'The packaging company that owns the warehouse said nobody was inside when the roof collapsed.',
    ]);
  const withLines = (extra: string[]) =>
    source('main', [HEADLINE, ...ABOVE, ...BELOW, 'ALSO', ...extra, 'Copyright 2024 Example Media.']);

  it('removes titles of other stories that no other source echoes', () => {
    const titles = ['Council approves new cycle lanes for the harbour district', 'Zoo welcomes twin red panda cubs after long wait'];
    const [main] = cleanSources([withLines(titles), other('b'), other('c')]);
    expect([6, 7].map((p) => outcomeAt(main!, lineOf(p)))).toEqual(['related-content', 'related-content']);
  });

  it('keeps summary lines about the same event above the article', () => {
    const bullets = ['Roof of the paper warehouse collapsed on Friday night', 'Sixty firefighters fought the fire for six hours'];
    const main = source('main', [HEADLINE, ...bullets, 'Firefighters at the warehouse. (Dan Moore/Channel 9)', ...ABOVE, ...BELOW]);
    const [result] = cleanSources([main, other('b'), other('c')]);
    expect([1, 2].map((p) => outcomeAt(result!, lineOf(p)))).toEqual(['kept', 'kept']);
    expect(outcomeAt(result!, lineOf(3))).toBe('caption');
  });

  it('gives each source the same result whatever the order of the sources', () => {
    const sources = [withLines(['Zoo welcomes twin red panda cubs after long wait']), other('b'), other('c')];
    const forward = cleanSources(sources);
    const backward = cleanSources([...sources].reverse()).reverse();
    expect(backward).toEqual(forward);
  });
});
