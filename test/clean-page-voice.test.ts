import { describe, expect, it } from 'vitest';
import { isPageVoice } from '../src/clean/rules/page-voice.js';
import { clean } from '../src/clean/index.js';
import type { Source } from '../src/types.js';

/**
 * The page speaking in its own voice (src/clean/rules/page-voice.ts): to its reader or for its outlet, with several
 * cues and no one quoted or attributed. Every line here is made up for the test.
 */

const OUTLET = ['kxyz'];

describe('the page speaking in its own voice', () => {
  it.each([
    'Thank you for registering! Please check your email to confirm your account.',
    'What do you think? Leave a comment below.',
    'We will have more on this story as it develops.',
    "We'll update this article as more details become available.",
    'KXYZ will continue to follow this story throughout the day.',
    'Have a story idea? Contact us.',
    'Do you think the new bridge is safe?',
    'Download our free app for alerts on your phone.',
    'To report a typo, email us.',
    'Get breaking news sent to your phone.',
  ])('"%s" is the page\'s', (line) => {
    expect(isPageVoice(line, OUTLET)).toBe(true);
  });

  it.each([
    // reporting, however close its words
    'Neighbors told us they heard five shots before midnight.',
    'We asked the owner about the fire, but she had no comment.',
    'Police are asking for your help to find the driver.',
    'Officials said they will have counselors at the school on Monday.',
    '"Will you stand with us?" the mayor asked the crowd.',
    'Where should we go?"',
    "'We will rebuild this town,' the mayor told the crowd on Friday.",
    'More officers will patrol the park this summer.',
    'The company will update its safety rules next year.',
    'US officials will meet on Monday to review the plan.',
    'Anyone with information is asked to call police at 555-010-0199.',
    'KXYZ reported that the bridge reopened on Sunday.',
  ])('"%s" is reporting', (line) => {
    expect(isPageVoice(line, OUTLET)).toBe(false);
  });

  it('removes such a line from an article, with the promotion reason, and keeps the article around it', () => {
    const lines = [
      'Bridge over the Alder River closed after inspectors find a crack',
      'The bridge over the Alder River was closed on Tuesday after inspectors found a crack, officials said.',
      'We will have more on this story as it develops.',
      'Drivers were told to use the Mill Street crossing until repairs are done, the city said.',
    ];
    const source: Source = { id: 'kxyz.com', path: 'kxyz.com.txt', text: lines.join('\n\n') };
    const result = clean(source);
    expect(result.removed.map((r) => [r.line, r.reason])).toEqual([[5, 'promotion']]);
    expect(result.kept.map((k) => k.line)).toEqual([3, 7]);
  });
});

describe("a description signed with the page's own outlet", () => {
  const HEADLINE = 'Bridge over the Alder River closed after inspectors find a crack';
  const LEAD = 'The bridge over the Alder River was closed on Tuesday after inspectors found a crack, officials said.';
  const TAIL = 'Drivers were told to use the Mill Street crossing until repairs are done, the city said.';
  const outcome = (line: string): string => {
    const source: Source = { id: 'kxyz.com', path: 'kxyz.com.txt', text: [HEADLINE, LEAD, line, TAIL].join('\n\n') };
    const result = clean(source);
    return result.removed.find((r) => r.line === 5)?.reason ?? (result.kept.some((k) => k.line === 5) ? 'kept' : 'missing');
  };

  it.each([
    ['Inspectors walk along the closed bridge deck on Tuesday. KXYZ 7', 'caption'],
    ['Traffic backs up at the Mill Street crossing on Tuesday morning. (KXYZ)', 'caption'],
    ['Traffic backed up for a mile on Tuesday. The mayor told KXYZ.', 'kept'],
    ['Inspectors found the crack during a routine check, a city engineer told KXYZ News.', 'kept'],
  ])('"%s" -> %s', (line, expected) => {
    expect(outcome(line)).toBe(expected);
  });
});
