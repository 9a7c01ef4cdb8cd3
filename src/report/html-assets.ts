/**
 * The HTML report's inline stylesheet and script. They are constants so the page's Content-Security-Policy
 * can allow exactly them by hash (and nothing else: no other script, no style attribute, no network).
 * Neither may contain `</style` or `</script`.
 */

export const HTML_STYLE = `
:root {
  color-scheme: light dark;
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --border: #d1d9e0; --accent: #0969da;
  --stated: #1a7f37; --partial: #8250df; --contra: #cf222e; --contra-bg: #ffebe9; --omitted: #9a6700;
  --omitted-bg: #fff8c5; --absent: #818b98; --diff-bg: #fff1a8; --diff-line: #bf8700;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #161b22; --border: #3d444d; --accent: #4493f8;
    --stated: #3fb950; --partial: #ab7df8; --contra: #ff7b72; --contra-bg: #3d1619; --omitted: #d29922;
    --omitted-bg: #3b2e0f; --absent: #6e7681; --diff-bg: #4d3d00; --diff-line: #d29922;
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); }
header, main { max-width: 88rem; margin: 0 auto; padding: 0 1.25rem; overflow-wrap: anywhere; }
main { padding-bottom: 3rem; }
h1 { font-size: 1.6rem; margin: 1.25rem 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 0 0 0.6rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 3px; }
.figures, .note, .meta, .line { color: var(--muted); }
.figures { margin: 0; }
.note { font-size: 0.9rem; }
.none { color: var(--muted); font-style: italic; }
.warnings { color: var(--omitted); }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; z-index: 3; background: var(--bg); padding: 0.5rem 0.75rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.key { display: inline-block; font: 600 0.8rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; background: var(--panel); border: 1px solid var(--border); border-radius: 4px; padding: 0 0.35em; }
.id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.85em; overflow-wrap: anywhere; }
.sources td.id { white-space: nowrap; }
.table-wrap { overflow-x: auto; position: relative; }
table { border-collapse: collapse; }
th, td { padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
thead th { font-size: 0.85rem; color: var(--muted); border-bottom: 2px solid var(--border); }
tbody tr { border-top: 1px solid var(--border); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; list-style: none; padding: 0; margin: 0.5rem 0; color: var(--muted); font-size: 0.9rem; }
.sym { font-weight: 700; }
.toolbar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.75rem 0 0.25rem; padding: 0.6rem 0.75rem; background: var(--panel); border: 1px solid var(--border); border-radius: 8px; }
.toolbar-label { font-weight: 600; margin-right: 0.25rem; }
.toolbar label { font-weight: 600; margin-left: 0.75rem; }
button, select { font: inherit; font-size: 0.9rem; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 0.3rem 0.75rem; cursor: pointer; }
button:hover, select:hover { border-color: var(--accent); }
button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
select { max-width: 100%; }
#filter-status { margin: 0.25rem 0 0.75rem; font-weight: 600; }
.matrix { font-size: 0.9rem; }
.matrix thead th.col { text-align: center; }
.matrix tbody tr:hover { background: var(--panel); }
.matrix tbody th a { font-weight: 600; }
.matrix td.cell { text-align: center; font-size: 1.05rem; line-height: 1.3; min-width: 2.6rem; border-left: 1px solid var(--border); }
.cell.stated { color: var(--stated); }
.cell.partial { color: var(--partial); }
.cell.contradicts { color: var(--contra); font-weight: 700; }
.cell.omitted { color: var(--omitted); }
.cell.absent { color: var(--absent); }
.matrix td.cell.contradicts { background: var(--contra-bg); }
.matrix td.cell.omitted { background: var(--omitted-bg); }
.matrix tr.dispute-contradiction > th { box-shadow: inset 4px 0 var(--contra); }
.matrix td.kind { color: var(--muted); border-left: 1px solid var(--border); min-width: 8rem; max-width: 16rem; }
.disagreement { color: var(--contra); }
.matrix { width: 100%; }
.matrix td.gist { color: var(--muted); width: 100%; max-width: 0; min-width: 20rem; }
.matrix td.gist div { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.contradiction { border: 2px solid var(--contra); background: var(--contra-bg); border-radius: 8px; padding: 0.75rem 1rem; margin: 1rem 0; }
.contradiction h3 { color: var(--contra); }
.contradiction .reason { color: var(--muted, #555); font-style: italic; }
.facts td, .facts th { padding: 0.2rem 0.5rem; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
.facts .mark { white-space: nowrap; }
.facts tr.conflict th, .facts tr.conflict .mark { color: var(--contra); font-weight: bold; }
.facts tr.possible th, .facts tr.possible .mark { color: #8a5a00; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.values { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(min(17rem, 100%), 1fr)); gap: 0.75rem; }
.values li { background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 0.6rem 0.75rem; }
.who { margin: 0 0 0.35rem; font-size: 0.85rem; }
.value-name { font-weight: 700; font-size: 1rem; color: var(--contra); margin-right: 0.25rem; }
blockquote { margin: 0; }
mark { color: inherit; }
mark.diff { background: var(--diff-bg); box-shadow: inset 0 -2px var(--diff-line); padding: 0 0.1em; border-radius: 2px; }
mark.value { background: var(--contra); color: #fff; font-weight: 700; padding: 0 0.2em; border-radius: 3px; }
mark.value.agrees { background: transparent; color: var(--contra); box-shadow: inset 0 0 0 2px var(--contra); }
.claim { border: 1px solid var(--border); border-radius: 8px; padding: 0.75rem 1rem; margin: 1rem 0; }
.claim.dispute-contradiction { border-color: var(--contra); border-left-width: 6px; }
.claim.dispute-missing-fact { border-left: 6px solid var(--partial); }
.claim.dispute-omission { border-left: 6px solid var(--omitted); }
.badge { display: inline-block; font-size: 0.75rem; font-weight: 600; border: 1px solid currentColor; border-radius: 999px; padding: 0 0.6rem; margin: 0 0.35rem; vertical-align: 0.1em; }
.badge.contradiction { color: var(--contra); }
.badge.missing-fact { color: var(--partial); }
.badge.omission { color: var(--omitted); }
.badge.addition, .badge.agreed { color: var(--muted); }
.meta { font-weight: 400; font-size: 0.85rem; }
.sentences { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(15rem, 100%), 1fr)); gap: 0.75rem; }
.sentence { margin: 0; padding: 0.6rem 0.75rem; background: var(--panel); border: 1px solid var(--border); border-top: 4px solid var(--stated); border-radius: 6px; }
.sentence.partial { border-top-color: var(--partial); }
.sentence.contradicts { border-top-color: var(--contra); background: var(--contra-bg); }
.sentence.omitted { border: 1px dashed var(--omitted); border-top: 4px dashed var(--omitted); background: transparent; color: var(--muted); }
.sentence.omitted p { margin: 0; font-style: italic; }
figcaption { font-size: 0.8rem; color: var(--muted); margin-bottom: 0.35rem; }
.cell-label { display: block; font-weight: 600; margin-top: 0.15rem; }
.cell-label.contradicts { color: var(--contra); }
.cell-label.partial { color: var(--partial); }
.notes { list-style: none; margin: 0.6rem 0 0; padding: 0; font-size: 0.9rem; }
.notes .gap { color: var(--partial); }
.notes .absent { color: var(--muted); }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  header, main { padding: 0 0.75rem; }
  .matrix td.gist { min-width: 12rem; }
}
@media print {
  :root {
    color-scheme: light;
    --fg: #000; --muted: #333; --bg: #fff; --panel: #fff; --border: #999; --accent: #000;
    --stated: #0a5c24; --partial: #5a2ea6; --contra: #a40e26; --contra-bg: #fff; --omitted: #6b4700;
    --omitted-bg: #fff; --absent: #666; --diff-bg: #fff; --diff-line: #000;
  }
  body { font-size: 10pt; }
  header, main { max-width: none; padding: 0; }
  .skip, .toolbar { display: none !important; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  .claim, .contradiction, .values li, .sentence, .matrix tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  .matrix td.gist div { white-space: normal; }
  .sentences { grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); }
  mark.diff { background: none; box-shadow: none; text-decoration: underline; text-decoration-thickness: 1.5px; }
  mark.value, mark.value.agrees { background: none; color: #000; box-shadow: none; border: 1.5px solid #000; }
  .cell, .sym, .value-name, .cell-label, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** Filters: one of the buttons (all, contradictions, missing details, omissions) and a source's additions or omissions. */
export const HTML_SCRIPT = `
(() => {
  'use strict';
  const bar = document.getElementById('filters');
  const select = document.getElementById('by-source');
  const status = document.getElementById('filter-status');
  const noMatch = document.getElementById('no-match');
  if (!bar || !select || !status) return;
  const buttons = [...bar.querySelectorAll('button[data-show]')];
  const items = [...document.querySelectorAll('[data-claim-item]')];
  const total = document.querySelectorAll('article[data-claim-item]').length;
  let show = 'all';
  const apply = () => {
    const [kind, index] = select.value ? select.value.split(':') : ['', ''];
    let shown = 0;
    for (const el of items) {
      let visible = show === 'all' || el.hasAttribute('data-' + show);
      if (visible && kind) visible = (el.getAttribute('data-' + kind) || '').split(' ').includes(index);
      el.hidden = !visible;
      if (visible && el.tagName === 'ARTICLE') shown++;
    }
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.show === show));
    const what = [];
    if (show !== 'all') what.push(buttons.find((b) => b.dataset.show === show).textContent.replace(/ \\(\\d+\\)$/, '').toLowerCase());
    if (kind) what.push(select.selectedOptions[0].parentElement.label.toLowerCase() + ' ' + select.selectedOptions[0].textContent.replace(/ \\(\\d+\\)$/, ''));
    status.textContent = what.length === 0
      ? 'Showing all ' + total + ' claims'
      : 'Showing ' + shown + ' of ' + total + ' claims: ' + what.join(', ');
    status.hidden = false;
    if (noMatch) noMatch.hidden = shown > 0;
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      show = button.dataset.show;
      apply();
    });
  }
  select.addEventListener('change', apply);
  bar.hidden = false;
  apply();
})();
`;
