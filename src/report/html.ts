import { createHash } from 'node:crypto';
import { isAddition, isOmission } from '../compare/coverage.js';
import type { Claim, ContradictionValue, Report } from '../types.js';
import { escapeHtml as h } from './escape.js';
import { campsOf, disagreementText, disputeLabel, factTable, shownValue } from './fact-table.js';
import { markDifferences, referenceSentence } from './highlight.js';
import {
  additionsOf,
  CELL_LEGEND,
  CELL_SYMBOL,
  coverageMatrix,
  isDissenter,
  omissionsOf,
  plural,
  type Cell,
  type Matrix,
  type MatrixRow,
  DISPUTE_LABEL,
} from './matrix.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';

/** What a cell means in a sentence card's caption. */
const CARD_LABEL: Record<Cell, string> = {
  stated: 'states it',
  partial: 'leaves out a detail',
  contradicts: 'contradicts the others',
  omitted: 'omits this claim',
  absent: 'does not state it',
};

/**
 * The report as one self-contained HTML page: inline CSS and JavaScript only, and a Content-Security-Policy
 * that allows nothing but those two (by hash) so the page cannot reach the network. Every piece of article
 * text, source id and value goes through `escapeHtml`; the findings are also in data attributes
 * (`data-claim`, `data-cell`, `data-adds`...) for scripts and tests.
 */
export function renderHtml(report: Report): string {
  const matrix = coverageMatrix(report);
  const sentences = report.sources.reduce((n, s) => n + s.sentences, 0);
  const removed = report.sources.reduce((n, s) => n + s.removed.length, 0);
  const figures = [
    plural(report.sources.length, 'source'),
    plural(sentences, 'sentence'),
    plural(report.claims.length, 'claim'),
    plural(report.contradictions.length, 'contradiction'),
    ...(removed > 0 ? [`${plural(removed, 'line')} dropped as clutter`] : []),
  ];
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(HTML_SCRIPT)}'`,
    `style-src '${sha256(HTML_STYLE)}'`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(`claimdiff: ${folderOf(report)}${figures.slice(0, 4).join(', ')}`)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<a class="skip" href="#matrix">Skip to the coverage matrix</a>
<header>
<h1>claimdiff report${folderOf(report) !== '' ? `: ${h(folderOf(report).replace(/ — $/, ''))}` : ''}</h1>
<p class="figures">${figures.map(h).join(' · ')}</p>
${report.warnings.length > 0 ? `<ul class="warnings">${report.warnings.map((w) => `<li>warning: ${h(w.source)}: ${h(w.message)}</li>`).join('')}</ul>` : ''}
</header>
<main>
${contradictionsSection(report, matrix)}
${factsSection(report, matrix)}
${sourcesSection(report, matrix)}
${matrixSection(report, matrix)}
${claimsSection(matrix)}
</main>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * The folder the sources were read from, for the page's title ("qeshm-2005 — "): the last folder all their paths
 * share; empty when they share none (files from several places, web pages).
 */
function folderOf(report: Report): string {
  const dirs = report.sources.map((s) => (/^https?:/i.test(s.path) ? '' : s.path.replace(/[\\/][^\\/]*$/, s.path.includes('/') || s.path.includes('\\') ? '' : '.')));
  const shared = dirs.every((d) => d === dirs[0]) ? dirs[0]! : '';
  const name = shared === '.' ? '' : shared.split(/[\\/]/).filter(Boolean).at(-1) ?? '';
  return name === '' ? '' : `${name} — `;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function key(matrix: Matrix, source: string): string {
  const abbr = matrix.sources.find((s) => s.id === source)?.abbr ?? '?';
  return `<span class="key">${h(abbr)}</span>`;
}

/** The fact table: one row per question two or more sources answer, one column per source, disputed rows first. */
function factsSection(report: Report, matrix: Matrix): string {
  const rows = factTable(report);
  const head = matrix.sources.map((s) => `<th scope="col" title="${h(s.id)}">${key(matrix, s.id)}</th>`).join('');
  const body = rows.map((row) => {
    const mark = row.strength === 'conflict' ? `${CELL_SYMBOL.contradicts} conflict` : row.strength === 'possible' ? '? possible' : '';
    const cells = row.cells.map((cell) => `<td>${cell === undefined ? '' : h(cell)}</td>`).join('');
    return `<tr class="${row.strength ?? 'agreed'}"${row.strength ? ` data-strength="${row.strength}"` : ''}><td class="mark">${mark}</td><th scope="row">${h(row.label)}</th>${cells}</tr>`;
  });
  return `<section id="facts" aria-labelledby="facts-title">
<h2 id="facts-title">Facts (${rows.length})</h2>
${rows.length === 0 ? '<p class="none">No figure, time or role is given by two or more sources.</p>' : `<div class="table-wrap"><table class="facts">
<thead><tr><th scope="col"><span class="visually-hidden">Dispute</span></th><th scope="col">Question</th>${head}</tr></thead>
<tbody>
${body.join('\n')}
</tbody></table></div>
<p class="note">One row per question two or more sources answer, each source's value as it wrote it; a blank cell: that source does not say. <strong>Conflict</strong>: definite values that cannot both be true; <strong>possible</strong>: hedged, a bound or approximate.</p>`}
</section>`;
}

function sourcesSection(report: Report, matrix: Matrix): string {
  const rows = report.sources.map(
    (s, i) => `<tr data-source="${h(s.id)}" data-source-index="${i}" data-adds="${s.adds}" data-omits="${s.omits}">
<th scope="row">${key(matrix, s.id)}</th><td class="id">${h(s.id)}</td><td class="num">${s.sentences}</td><td class="num">${s.adds}</td><td class="num">${s.omits}</td><td class="num">${s.removed.length}</td><td>${s.headline ? h(s.headline) : ''}</td></tr>`,
  );
  return `<section id="sources" aria-labelledby="sources-title">
<h2 id="sources-title">Sources</h2>
<div class="table-wrap"><table class="sources">
<thead><tr><th scope="col">Key</th><th scope="col">Source</th><th scope="col" class="num">Sentences</th><th scope="col" class="num">Adds</th><th scope="col" class="num">Omits</th><th scope="col" class="num">Dropped</th><th scope="col">Headline</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>
<p class="note">A claim at most half the sources state is an <strong>addition</strong> of those that state it; a claim more than half state is an <strong>omission</strong> of those that leave it out.</p>
</section>`;
}

function contradictionsSection(report: Report, matrix: Matrix): string {
  const items = report.contradictions.map((c) => {
    const claim = report.claims.find((x) => x.id === c.claim);
    const values = c.values.map((v) => {
      const line = v.line ?? claim?.sentences.find((s) => s.source === v.source && s.text === v.text)?.line;
      const dissents = isDissenter(c, v.source);
      // The value as the source wrote it: the comparable form ("~100000", "monday") is the JSON's, not a reader's.
      // Its unit and the common unit follow the quoted words (see shownValue).
      const label = `“${v.words}”${shownValue(v, c.frame).slice(v.words.length)}`;
      return `<li class="${dissents ? 'dissents' : 'agrees'}" data-source="${h(v.source)}" data-value="${h(v.words)}">
<p class="who">${dissents ? `<span class="value-name" title="contradicts the others">${CELL_SYMBOL.contradicts} ` : '<span class="value-name">'}${h(label)}</span> ${key(matrix, v.source)} <span class="id">${h(v.source)}</span>${line !== undefined ? ` <span class="line">line ${line}</span>` : ''}</p>
<blockquote>${marked(v.text, [], [v.span], dissents ? 'value' : 'value agrees')}</blockquote></li>`;
    });
    const camps = campsOf(c).map((camp) => `<strong>${h(camp.words)}</strong> (${camp.sources.map((x) => h(x.line === undefined ? x.source : `${x.source}, line ${x.line}`)).join('; ')})`);
    return `<article class="contradiction" data-claim="${h(c.claim)}" data-kind="${h(c.kind)}" data-strength="${h(c.strength ?? 'conflict')}">
<h3><span aria-hidden="true">${CELL_SYMBOL.contradicts}</span> ${h(disputeLabel(c))} <span class="strength">(${h(c.strength ?? 'conflict')})</span>: <a href="#claim-${h(c.claim)}">${h(c.claim)}</a></h3>
<p class="camps">${camps.join(' vs ')}</p>
${c.reason !== undefined ? `<p class="reason">${h(c.reason)}</p>` : ''}
<ul class="values">
${values.join('\n')}
</ul>
</article>`;
  });
  return `<section id="contradictions" aria-labelledby="contradictions-title">
<h2 id="contradictions-title">Contradictions (${report.contradictions.length})</h2>
${items.length > 0 ? items.join('\n') : '<p class="none">None found.</p>'}
</section>`;
}

/** The filter attributes a matrix row and a claim card share: what the page's filters select on. */
function filterAttributes(row: MatrixRow, matrix: Matrix): string {
  const indices = (ids: readonly string[]) => matrix.sources.filter((s) => ids.includes(s.id)).map((s) => s.index);
  const adds = isAddition(row.claim) ? indices(row.claim.sources) : [];
  const omits = isOmission(row.claim) ? indices(row.claim.omittedBy) : [];
  return [
    `data-claim="${h(row.claim.id)}"`,
    `data-dispute="${row.dispute}"`,
    'data-claim-item=""',
    row.contradictions.length > 0 ? 'data-contradiction=""' : '',
    row.claim.missingFacts.length > 0 ? 'data-missing=""' : '',
    omits.length > 0 ? 'data-omission=""' : '',
    `data-adds="${adds.join(' ')}"`,
    `data-omits="${omits.join(' ')}"`,
  ]
    .filter(Boolean)
    .join(' ');
}

function matrixSection(report: Report, matrix: Matrix): string {
  const count = (test: (row: MatrixRow) => boolean) => matrix.rows.filter(test).length;
  const buttons = [
    ['all', `All claims (${matrix.rows.length})`],
    ['contradiction', `Contradictions (${count((r) => r.contradictions.length > 0)})`],
    ['missing', `Missing details (${count((r) => r.claim.missingFacts.length > 0)})`],
    ['omission', `Omissions (${count((r) => isOmission(r.claim))})`],
  ]
    .map(([show, label]) => `<button type="button" data-show="${show}" aria-pressed="${show === 'all'}">${h(label!)}</button>`)
    .join('\n');
  const option = (kind: 'adds' | 'omits', s: Matrix['sources'][number], n: number) =>
    `<option value="${kind}:${s.index}">${h(`${s.abbr} · ${s.id} (${n})`)}</option>`;
  const select = `<label for="by-source">Source</label>
<select id="by-source">
<option value="">any source</option>
<optgroup label="Only the additions of">${matrix.sources.map((s) => option('adds', s, additionsOf(report, s.id).length)).join('')}</optgroup>
<optgroup label="Only the omissions of">${matrix.sources.map((s) => option('omits', s, omissionsOf(report, s.id).length)).join('')}</optgroup>
</select>`;
  const head = matrix.sources.map((s) => `<th scope="col" class="col"><abbr title="${h(s.id)}">${h(s.abbr)}</abbr></th>`).join('');
  const rows = matrix.rows.map((row) => {
    const cells = row.cells
      .map((cell, i) => {
        const source = matrix.sources[i]!;
        const meaning = CELL_LEGEND.find(([c]) => c === cell)![1];
        return `<td class="cell ${cell}" data-cell="${cell}" data-source="${h(source.id)}" title="${h(`${source.id}: ${meaning}`)}"><span aria-hidden="true">${CELL_SYMBOL[cell]}</span><span class="sr">${h(meaning)}</span></td>`;
      })
      .join('');
    const disagreement = row.contradictions
      .map(disagreementText)
      .join('; ');
    const kind = disagreement ? `<strong class="disagreement">${h(disagreement)}</strong>` : h(DISPUTE_LABEL[row.dispute]);
    return `<tr class="dispute-${row.dispute}" ${filterAttributes(row, matrix)}><th scope="row"><a href="#claim-${h(row.claim.id)}">${h(row.claim.id)}</a></th>${cells}<td class="kind">${kind}</td><td class="gist"><div>${h(row.claim.sentences[0]?.text ?? '')}</div></td></tr>`;
  });
  const legend = CELL_LEGEND.map(
    ([cell, meaning]) => `<li><span class="cell ${cell} sym" aria-hidden="true">${CELL_SYMBOL[cell]}</span> ${h(meaning)}</li>`,
  ).join('');
  return `<section id="matrix" aria-labelledby="matrix-title">
<h2 id="matrix-title">Coverage matrix</h2>
<p>Claims as rows, most disputed first (contradictions, then missing details, then omissions, then additions); sources as columns, by their key.</p>
<ul class="legend" aria-label="Legend">${legend}</ul>
<div class="toolbar" id="filters" role="group" aria-label="Filter claims" hidden>
<span class="toolbar-label" aria-hidden="true">Show</span>
${buttons}
${select}
</div>
<p id="filter-status" role="status" aria-live="polite" hidden></p>
${
  matrix.rows.length === 0
    ? '<p class="none">No claims.</p>'
    : `<div class="table-wrap"><table class="matrix">
<caption class="sr">Which source states, omits or contradicts each claim</caption>
<thead><tr><th scope="col">Claim</th>${head}<th scope="col">Kind</th><th scope="col">First sentence</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`
}
</section>`;
}

function claimsSection(matrix: Matrix): string {
  const total = matrix.sources.length;
  const articles = matrix.rows.map((row) => {
    const { claim } = row;
    const reference = referenceSentence(claim.sentences);
    const cards: string[] = [];
    for (const s of claim.sentences) {
      const i = matrix.sources.findIndex((x) => x.id === s.source);
      const cell = row.cells[i] ?? 'stated';
      const values = row.contradictions.flatMap((c) => c.values.filter((v) => v.source === s.source && v.text === s.text));
      const pieces = reference && s !== reference ? markDifferences(reference.text, s.text) : [{ text: s.text }];
      // A lone changed punctuation mark (a comma, a straight quote for a curly one) is not worth the reader's eye.
      const changed = pieces.flatMap((p) =>
        Array<boolean>(p.text.length).fill(p.style === 'changed' && /[\p{L}\p{N}]/u.test(p.text)),
      );
      const detail = cardDetail(cell, values, claim, s.source);
      cards.push(`<figure class="sentence ${cell}" data-source="${h(s.source)}" data-cell="${cell}">
<figcaption>${key(matrix, s.source)} <span class="id">${h(s.source)}</span> <span class="line">line ${s.line}</span>${detail}</figcaption>
<blockquote>${marked(s.text, changed, values.map((v) => v.span), cell === 'contradicts' ? 'value' : 'value agrees')}</blockquote>
</figure>`);
    }
    for (const [i, cell] of row.cells.entries()) {
      if (cell !== 'omitted') continue;
      const source = matrix.sources[i]!;
      cards.push(`<figure class="sentence omitted" data-source="${h(source.id)}" data-cell="omitted">
<figcaption>${key(matrix, source.id)} <span class="id">${h(source.id)}</span></figcaption>
<p><span aria-hidden="true">${CELL_SYMBOL.omitted}</span> omits this claim</p>
</figure>`);
    }
    const badge = `<span class="badge ${row.dispute}">${h(
      row.dispute === 'contradiction'
        ? `${CELL_SYMBOL.contradicts} contradiction: ${row.contradictions.map((c) => disputeLabel(c)).join(', ')}`
        : DISPUTE_LABEL[row.dispute],
    )}</span>`;
    const absent = row.cells.flatMap((cell, i) => (cell === 'absent' ? [matrix.sources[i]!] : []));
    const notes = [
      ...claim.missingFacts.map((gap) => {
        const given = [...new Set(gap.statedBy.map((x) => `“${x.words}”`))].join(' / ');
        const who = gap.omittedBy.join(', ');
        return `<li class="gap"><span aria-hidden="true">${CELL_SYMBOL.partial}</span> ${h(`${who} ${gap.omittedBy.length === 1 ? 'gives' : 'give'} no ${gap.label ?? `${gap.kind} (${gap.slot})`}: others say ${given}`)}</li>`;
      }),
      ...(absent.length > 0 && claim.sources.length > 0
        ? [`<li class="absent"><span aria-hidden="true">${CELL_SYMBOL.absent}</span> not stated by ${absent.map((s) => h(s.id)).join(', ')}</li>`]
        : []),
    ];
    return `<article class="claim dispute-${row.dispute}" id="claim-${h(claim.id)}" ${filterAttributes(row, matrix)}>
<h3>${h(claim.id)} ${badge} <span class="meta">stated by ${claim.sources.length} of ${total}</span></h3>
<div class="sentences">
${cards.join('\n')}
</div>
${notes.length > 0 ? `<ul class="notes">${notes.join('')}</ul>` : ''}
</article>`;
  });
  return `<section id="claims" aria-labelledby="claims-title">
<h2 id="claims-title">Claims (${matrix.rows.length})</h2>
<p class="note">Each source's sentence side by side. <mark class="diff">Marked words</mark> differ from the wording the claim's other sentences share most. A value the sources disagree on is <mark class="value agrees">boxed</mark>, and <mark class="value">filled</mark> where the source contradicts the others.</p>
<p id="no-match" class="none" hidden>No claim matches these filters.</p>
${articles.join('\n')}
</section>`;
}

function cardDetail(cell: Cell, values: readonly ContradictionValue[], claim: Claim, source: string): string {
  if (cell === 'contradicts') {
    const said = values.map((v) => `“${v.words}”`).join(', ');
    return ` <span class="cell-label contradicts"><span aria-hidden="true">${CELL_SYMBOL.contradicts}</span> ${h(`says ${said}: ${CARD_LABEL.contradicts}`)}</span>`;
  }
  if (cell === 'partial') {
    const left = claim.missingFacts.filter((m) => m.omittedBy.includes(source)).map((m) => m.label ?? `the ${m.kind}`);
    return ` <span class="cell-label partial"><span aria-hidden="true">${CELL_SYMBOL.partial}</span> ${h(`leaves out ${left.join(', ')}`)}</span>`;
  }
  return '';
}

/**
 * `text` as HTML with the characters flagged in `changed` in `<mark class="diff">` and the `spans` (the values
 * of a contradiction) in `<mark class="value">` (`valueClass`); every run escaped.
 */
function marked(text: string, changed: readonly boolean[], spans: ReadonlyArray<[number, number]>, valueClass = 'value'): string {
  const style = (i: number): string =>
    spans.some(([a, b]) => i >= a && i < b) ? valueClass : changed[i] && !/\s/.test(text[i]!) ? 'diff' : '';
  let out = '';
  let run = '';
  let current = '';
  const flush = () => {
    if (run === '') return;
    out += current ? `<mark class="${current}">${h(run)}</mark>` : h(run);
    run = '';
  };
  for (let i = 0; i < text.length; i++) {
    let next = style(i);
    // A space between two marked words stays inside the mark: one highlight per phrase, not per word.
    if (next === '' && current === 'diff' && /\s/.test(text[i]!) && style(i + 1) === 'diff') next = 'diff';
    if (next !== current) {
      flush();
      current = next;
    }
    run += text[i];
  }
  flush();
  return out;
}
