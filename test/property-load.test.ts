/**
 * Issue 8, property-based, the load stage: any bytes either decode (with a count of the bad ones) or are refused
 * as binary with an InputError, never anything else; text round-trips through every encoding read; control
 * characters are replaced one for one, so line numbers and offsets stay those of the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, InputError, invalidUtf8, toSource } from '../src/load/index.js';

const RUNS = { numRuns: Number(process.env.CLAIMDIFF_FC_RUNS ?? 300), seed: Number(process.env.CLAIMDIFF_FC_SEED ?? 8_008) };

/** Bytes that look like text with damage: mostly ASCII and UTF-8 sequences, with stray bytes. */
const textish = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => [...Buffer.from(s)]), fc.array(fc.integer({ min: 1, max: 255 }), { maxLength: 3 })), {
    maxLength: 60,
  })
  .map((parts) => Uint8Array.from(parts.flat()));

describe('decodeBytes on any bytes', () => {
  it.each([
    ['random bytes', fc.uint8Array({ maxLength: 300 })],
    ['damaged text', textish],
  ])('%s: text with a truthful count of bad bytes, or an InputError', (_name, bytes) => {
    fc.assert(
      fc.property(bytes, (input) => {
        let decoded: ReturnType<typeof decodeBytes>;
        try {
          decoded = decodeBytes('f.txt', input);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).toMatch(/^f\.txt: /);
          return;
        }
        const bom = (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff);
        if (bom) return;
        const { bad } = invalidUtf8(input);
        expect(bad === 0).toBe(isValid(input));
        if (bad === 0) expect(decoded.notes).toEqual([]);
        else expect(decoded.notes).toEqual([expect.stringMatching(new RegExp(`^not valid UTF-8: ${bad.toLocaleString('en-US')} byte\\(s\\)`))]);
        // Each maximal invalid sequence became one U+FFFD: never more of them than bad bytes.
        const genuine = countSubarray(input, [0xef, 0xbf, 0xbd]);
        const replaced = [...decoded.text].filter((c) => c === '\ufffd').length - genuine;
        expect(replaced).toBeLessThanOrEqual(bad);
        expect(replaced > 0).toBe(bad > 0);
      }),
      RUNS,
    );
  });
});

describe('text round-trips', () => {
  const text = fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => !s.includes('\u0000'));
  it.each([
    ['UTF-8', (s: string) => Buffer.from(s, 'utf8')],
    ['UTF-8 with a BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
    ['UTF-16 LE with a BOM', (s: string) => Buffer.from(`\ufeff${s}`, 'utf16le')],
    ['UTF-16 BE with a BOM', (s: string) => Buffer.from(`\ufeff${s}`, 'utf16le').swap16()],
  ])('%s', (_name, encode) => {
    fc.assert(
      fc.property(text, (s) => {
        // A text that itself opens with a BOM, or with bytes that happen to spell a binary signature, is not this property.
        fc.pre(!s.startsWith('\ufeff') && !/^(?:%PDF-|GIF8|PK\u0003\u0004|\u007fELF|\u001f\u008b)/.test(s));
        const decoded = decodeBytes('f.txt', encode(s));
        expect(decoded).toEqual({ text: s, notes: [] });
      }),
      RUNS,
    );
  });
});

describe('control characters', () => {
  it('are replaced one for one: same length, same line breaks, none left, counted in a note', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary-ascii', maxLength: 200 }), async (raw) => {
        fc.pre(!/^\s*</.test(raw)); // not an HTML page
        const source = await toSource('x', 'x.txt', raw);
        expect(source.text).toHaveLength(raw.length);
        expect(source.text.split(/\r\n|\r|\n/).length).toBe(raw.split(/\r\n|\r|\n/).length);
        expect(source.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/);
        const controls = raw.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g)?.length ?? 0;
        if (controls === 0) expect(source.notes).toBeUndefined();
        else expect(source.notes).toEqual([expect.stringMatching(new RegExp(`^${controls} control character\\(s\\) replaced with U\\+FFFD`))]);
      }),
      RUNS,
    );
  });
});

function isValid(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function countSubarray(bytes: Uint8Array, needle: readonly number[]): number {
  let n = 0;
  for (let i = 0; i + needle.length <= bytes.length; i++) if (needle.every((b, k) => bytes[i + k] === b)) n++;
  return n;
}
