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
  it.each<[string, boolean]>([
    ['Thank you for registering! Please check your email to confirm your account.', true],
    ['What do you think? Leave a comment below.', true],
    ['We will have more on this story as it develops.', true],
    ["We'll update this article as more details become available.", true],
    ['KXYZ will continue to follow this story throughout the day.', true],
    ['Have a story idea? Contact us.', true],
    ['Do you think the new bridge is safe?', true],
    ['Download our free app for alerts on your phone.', true],
    ['To report a typo, email us.', true],
    ['Get breaking news sent to your phone.', true],
    // reporting, however close its words
    ['Neighbors told us they heard five shots before midnight.', false],
    ['We asked the owner about the fire, but she had no comment.', false],
    ['Police are asking for your help to find the driver.', false],
    ['Officials said they will have counselors at the school on Monday.', false],
    ['"Will you stand with us?" the mayor asked the crowd.', false],
    ['Where should we go?"', false],
    ["'We will rebuild this town,' the mayor told the crowd on Friday.", false],
    ['More officers will patrol the park this summer.', false],
    ['The company will update its safety rules next year.', false],
    ['US officials will meet on Monday to review the plan.', false],
    ['Anyone with information is asked to call police at 555-010-0199.', false],
    ['KXYZ reported that the bridge reopened on Sunday.', false],
  ])('"%s": the page\'s own voice %s', (line, expected) => {
    expect(isPageVoice(line, OUTLET)).toBe(expected);
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

  const signed = ['Inspectors walk along the closed bridge deck on Tuesday. KXYZ 7', 'Traffic backs up at the Mill Street crossing on Tuesday morning. (KXYZ)'];
  const told = ['Traffic backed up for a mile on Tuesday. The mayor told KXYZ.', 'Inspectors found the crack during a routine check, a city engineer told KXYZ News.'];
  it.each([...signed.map((line) => ({ line, expected: 'caption' })), ...told.map((line) => ({ line, expected: 'kept' }))])('"$line" -> $expected', ({ line, expected }) => {
    expect(outcome(line)).toBe(expected);
  });
});
