/**
 * Issue 8: articles not in English. Nothing crashes, every line is accounted for, and two outlets that print the
 * same sentence have it lined up as one claim. Scripts written without spaces between words (Chinese, Japanese,
 * Thai) are the known gap: the clean stage takes each of their lines for a one-word label and removes it (with
 * its reason, so nothing goes silently); with --keep-clutter they line up like the others.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { tempDir } from './helpers/hostile.js';
import { mainReport } from './helpers/run-main.js';

interface Script {
  name: string;
  /** Two articles: a headline, then paragraphs; `shared` is printed by both. */
  a: string[];
  b: string[];
  shared: string;
}

const SCRIPTS: Script[] = [
  {
    name: 'Cyrillic',
    shared: 'Мост через реку Днепр открылся в понедельник после шести месяцев ремонта.',
    a: ['Мост открылся после ремонта', 'Мэр города заявил, что работы стоили 12 миллионов евро.'],
    b: ['Мост снова открыт', 'Велосипедисты получат отдельную полосу в следующем году.'],
  },
  {
    name: 'Arabic',
    shared: 'أعيد افتتاح جسر الميناء يوم الاثنين بعد ستة أشهر من الإصلاحات.',
    a: ['إعادة افتتاح الجسر بعد الإصلاحات', 'وقال رئيس البلدية إن الأعمال كلفت 12 مليون يورو.'],
    b: ['الجسر مفتوح مجددا', 'سيحصل راكبو الدراجات على مسار منفصل العام المقبل.'],
  },
  {
    name: 'Hebrew',
    shared: 'גשר הנמל נפתח מחדש ביום שני לאחר שישה חודשי שיפוצים.',
    a: ['הגשר נפתח מחדש', 'ראש העיר אמרה כי העבודות עלו 12 מיליון יורו.'],
    b: ['הגשר פתוח שוב', 'רוכבי אופניים יקבלו נתיב נפרד בשנה הבאה.'],
  },
  {
    name: 'Greek',
    shared: 'Η γέφυρα του λιμανιού άνοιξε ξανά τη Δευτέρα μετά από έξι μήνες επισκευών.',
    a: ['Η γέφυρα ξανανοίγει', 'Η δήμαρχος είπε ότι τα έργα κόστισαν 12 εκατομμύρια ευρώ.'],
    b: ['Ανοιχτή ξανά η γέφυρα', 'Οι ποδηλάτες θα αποκτήσουν ξεχωριστή λωρίδα.'],
  },
  {
    name: 'mixed scripts and emoji',
    shared: 'President Zelensky (Зеленський) said on Tuesday that two Chinese nationals (两名中国公民) were captured near Pokrovsk.',
    a: ['Kyiv / Київ / 基辅', 'The 🇺🇦 flag flew over the town — 🙂 and 🎉 everywhere.'],
    b: ['Capture report', 'الرئيس الأوكراني قال إن القوات أسرت رجلين.'],
  },
];

const NO_SPACES: Script[] = [
  {
    name: 'Chinese',
    shared: '港口大桥在经过六个月的维修后于周一重新开放。',
    a: ['大桥修复后重新开放', '市长表示，这项工程耗资一千二百万欧元。'],
    b: ['港口大桥再次开放', '明年将为骑自行车的人开辟一条专用车道。'],
  },
  {
    name: 'Japanese',
    shared: '港の橋は六か月の修理の後、月曜日に再開した。',
    a: ['橋が再開', '市長は工事に千二百万ユーロかかったと述べた。'],
    b: ['橋が再び開通', '来年、自転車専用レーンが設けられる。'],
  },
  {
    name: 'Thai',
    shared: 'สะพานท่าเรือเปิดอีกครั้งในวันจันทร์หลังจากซ่อมแซมหกเดือน',
    a: ['สะพานเปิดอีกครั้ง', 'นายกเทศมนตรีกล่าวว่างานนี้ใช้เงิน 12 ล้านยูโร'],
    b: ['สะพานเปิดแล้ว', 'นักปั่นจักรยานจะได้ช่องทางแยก'],
  },
];

const tmp = tempDir('scripts');
afterAll(() => tmp.remove());

/** Writes the two articles (headline, shared sentence, own sentence) and returns their paths. */
function write(script: Script): [string, string] {
  const dir = script.name.replace(/\W+/g, '-');
  const text = ([headline, own]: string[]) => [headline, '', script.shared, '', own, ''].join('\n');
  return [tmp.file(`${dir}/a.txt`, text(script.a)), tmp.file(`${dir}/b.txt`, text(script.b))];
}

function sharedClaim(report: Report, shared: string) {
  return report.claims.find((c) => c.sentences.some((s) => s.text === shared));
}

/** Every non-blank line of each article is in a claim, removed with a reason, or the headline. */
function expectAccounted(report: Report, files: readonly string[]): void {
  for (const [i, source] of report.sources.entries()) {
    expect(source.path).toBe(files[i]);
    const lines = new Set([
      ...report.claims.flatMap((c) => c.sentences.filter((s) => s.source === source.id).map((s) => s.line)),
      ...source.removed.map((r) => r.line),
    ]);
    const headline = source.headline === undefined ? 0 : 1;
    expect(lines.size + headline).toBe(3);
  }
}

describe.each(SCRIPTS)('$name', (script) => {
  it('no crash, every line accounted for, the shared sentence lined up', async () => {
    const files = write(script);
    const { report } = await mainReport(files);
    expect(report.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expectAccounted(report, files);
    expect(sharedClaim(report, script.shared)?.sources).toEqual(['a', 'b']);
    expect(report.contradictions).toEqual([]);
  });
});

describe.each(NO_SPACES)('$name (no spaces between words)', (script) => {
  it('no crash; every line accounted for, and no article line taken for clutter', async () => {
    const files = write(script);
    const { report } = await mainReport(files);
    expect(report.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expectAccounted(report, files);
    expect(report.sources.flatMap((s) => s.removed)).toEqual([]);
  });

  it('with --keep-clutter: the shared sentence lined up', async () => {
    const files = write(script);
    const { report } = await mainReport([...files, '--keep-clutter']);
    expect(sharedClaim(report, script.shared)?.sources).toEqual(['a', 'b']);
    expect(report.sources.map((s) => s.sentences)).toEqual([3, 3]);
  });

  // The clean stage knows CJK and Thai text: sentence ends "。！？", words without spaces.
  it('by default the shared sentence is lined up', async () => {
    const { report } = await mainReport(write(script));
    expect(sharedClaim(report, script.shared)?.sources).toEqual(['a', 'b']);
  });
});

describe('a folder of all of them', () => {
  it('one report, every source listed with a distinct id', async () => {
    for (const script of [...SCRIPTS, ...NO_SPACES]) write(script);
    const { report } = await mainReport([tmp.dir]);
    const names = [...SCRIPTS, ...NO_SPACES].map((s) => s.name.replace(/\W+/g, '-'));
    expect(report.sources).toHaveLength(2 * names.length);
    expect(new Set(report.sources.map((s) => s.id)).size).toBe(report.sources.length);
    expect(report.sources.map((s) => path.relative(tmp.dir, s.path).split(path.sep)[0])).toEqual(
      names.flatMap((n) => [n, n]).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)),
    );
  });
});
