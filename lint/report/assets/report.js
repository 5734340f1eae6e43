/* contentlint site-audit report: sorting, filtering, paging and row expansion.
 * Data comes from <script type="application/json" id="data"> and is untrusted: the DOM is
 * built with createElement/textContent only, and only http(s) URLs become links. */
(() => {
  'use strict';
  const dataEl = document.getElementById('data');
  const tbody = document.getElementById('docs-body');
  if (!dataEl || !tbody) return;
  const D = JSON.parse(dataEl.textContent);
  const FAM = D.fam;
  const SEV = D.sev;
  const RULES = D.rules; // [code, name, familyIndex, severity]
  const STR = D.str;
  const SEC = D.sec;
  const KIND = D.kind;
  const SAFE_URL = /^https?:\/\/[^\s\x00-\x1f\x7f]+$/i;
  const table = document.getElementById('docs');
  const wrap = table.parentElement;
  const ncols = table.tHead.rows[0].cells.length;
  const status = document.getElementById('docs-status');
  const pageOf = document.getElementById('page-of');
  const form = document.getElementById('filters');
  const pager = document.getElementById('pager');
  const pageSizeSel = document.getElementById('page-size');
  const $ = (id) => document.getElementById(id);

  const docs = D.docs.map((a) => ({
    id: a[0], path: a[1], url: a[2], title: a[3], lang: a[4], kind: a[5], sec: a[6],
    words: a[7], judged: a[8] === 1, reason: a[9] < 0 ? null : STR[a[9]], inbound: a[10],
    scores: a[11], overall: a[11] ? a[11][5] : null, priority: a[12], counts: a[13],
    ded: a[14], probs: a[15], hay: null,
  }));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const codeIx = new Map(RULES.map((r, i) => [r[0], i]));

  const lower = (s) => (s == null ? '' : String(s).toLowerCase());
  const score = (i) => (d) => (d.scores ? d.scores[i] : null);
  const KEYS = {
    doc: (d) => lower(d.title || d.path),
    section: (d) => lower(SEC[d.sec]),
    kind: (d) => KIND[d.kind],
    words: (d) => d.words,
    overall: (d) => d.overall,
    inbound: (d) => d.inbound,
    priority: (d) => d.priority,
    issues: (d) => d.counts[0] * 1e8 + d.counts[1] * 1e4 + d.counts[2],
  };
  FAM.forEach((f, i) => { KEYS[f] = score(i); });
  const LABELS = {};
  for (const th of table.tHead.rows[0].cells) {
    if (th.dataset.key) LABELS[th.dataset.key] = th.textContent.trim();
  }

  const state = {
    key: 'priority', dir: 'desc', page: 0, size: D.pageSize || 100,
    f: { q: [], fam: -1, rule: -1, sev: -1, sec: -1, kind: -1, status: '', min: null, max: null },
  };
  const expanded = new Set();
  let view = docs.slice();
  let printing = false;

  // ------------------------------------------------------------------ helpers
  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }
  function num(v) {
    if (v == null) return '—';
    return Number.isInteger(v) ? String(v) : v.toFixed(1);
  }
  const fmtInt = new Intl.NumberFormat('en-US').format;
  function band(v) {
    if (v == null) return 's-none';
    return v >= 80 ? 's-good' : v >= 50 ? 's-fair' : 's-poor';
  }
  function safeUrl(u) { return typeof u === 'string' && SAFE_URL.test(u) ? u : null; }
  function hay(d) {
    if (d.hay === null) {
      const parts = [d.title, d.path, d.url, SEC[d.sec], KIND[d.kind], d.reason];
      for (const p of d.probs) {
        const r = RULES[p[0]];
        parts.push(r[0], r[1], STR[p[5]], p[6]);
      }
      d.hay = lower(parts.filter((x) => x != null).join('\n'));
    }
    return d.hay;
  }

  // ------------------------------------------------------------------ filter + sort
  function matches(d, f) {
    if (f.sec >= 0 && d.sec !== f.sec) return false;
    if (f.kind >= 0 && d.kind !== f.kind) return false;
    if (f.status === 'judged' && !d.judged) return false;
    if (f.status === 'not-judged' && d.judged) return false;
    if (f.min !== null || f.max !== null) {
      if (d.overall === null) return false;
      if (f.min !== null && d.overall < f.min) return false;
      if (f.max !== null && d.overall > f.max) return false;
    }
    if (f.fam >= 0 || f.rule >= 0 || f.sev >= 0) {
      let hit = false;
      for (const p of d.probs) {
        if ((f.fam < 0 || p[2] === f.fam) && (f.rule < 0 || p[0] === f.rule)
            && (f.sev < 0 || p[1] === f.sev)) { hit = true; break; }
      }
      if (!hit) return false;
    }
    if (f.q.length) {
      const h = hay(d);
      for (const term of f.q) if (h.indexOf(term) < 0) return false;
    }
    return true;
  }
  function sortView() {
    const get = KEYS[state.key];
    const dir = state.dir === 'asc' ? 1 : -1;
    const tmp = view.map((d) => ({ k: get(d), d }));
    tmp.sort((a, b) => {
      const x = a.k;
      const y = b.k;
      if (x == null) return y == null ? a.d.id - b.d.id : 1;
      if (y == null) return -1;
      if (x < y) return -dir;
      if (x > y) return dir;
      return a.d.id - b.d.id;
    });
    view = tmp.map((t) => t.d);
  }
  function applyFilters() {
    const f = state.f;
    view = docs.filter((d) => matches(d, f));
    sortView();
    state.page = 0;
  }
  function readFilters() {
    const ix = (id, list) => { const v = $(id).value; return v === '' ? -1 : list.indexOf(v); };
    const n = (id) => { const v = $(id).value.trim(); return v === '' || isNaN(+v) ? null : +v; };
    state.f = {
      q: lower($('f-q').value).split(/\s+/).filter(Boolean),
      fam: ix('f-family', FAM),
      rule: $('f-rule').value === '' ? -1 : (codeIx.has($('f-rule').value) ? codeIx.get($('f-rule').value) : -2),
      sev: ix('f-severity', SEV),
      sec: ix('f-section', SEC),
      kind: ix('f-kind', KIND),
      status: $('f-status').value,
      min: n('f-min'),
      max: n('f-max'),
    };
  }

  // ------------------------------------------------------------------ rendering
  // lean rows are for print, where every row is laid out: no button, no screen-reader spans.
  function rowEl(d, lean) {
    const tr = el('tr', { class: 'doc', id: 'doc-' + d.id, 'data-id': String(d.id) });
    if (!lean) {
      const td0 = el('td', { class: 'c-exp' });
      const b = el('button', {
        type: 'button', class: 'expander', 'aria-expanded': String(expanded.has(d.id)),
        'aria-controls': 'doc-' + d.id + '-details',
      });
      b.appendChild(el('span', { class: 'sr-only' }, 'Problems of ' + d.path));
      td0.appendChild(b);
      tr.appendChild(td0);
    }
    const th = el('th', { scope: 'row', class: 'c-doc' });
    const t = el('span', { class: 't' });
    const url = safeUrl(d.url);
    const title = d.title || '(no title)';
    if (url) t.appendChild(el('a', { class: 'ext', href: url, rel: 'noopener noreferrer' }, title));
    else t.textContent = title;
    th.appendChild(t);
    th.appendChild(el('span', { class: 'path' }, d.path));
    if (!d.judged) th.appendChild(el('span', { class: 'nj' }, 'Not judged: ' + (d.reason || '')));
    tr.appendChild(th);
    tr.appendChild(el('td', { class: 'c-section' }, SEC[d.sec]));
    tr.appendChild(el('td', { class: 'c-kind' }, KIND[d.kind]));
    tr.appendChild(el('td', { class: 'c-words n' }, fmtInt(d.words)));
    tr.appendChild(el('td', { class: 'c-overall n ' + band(d.overall) }, num(d.overall)));
    FAM.forEach((f, i) => {
      const v = d.scores ? d.scores[i] : null;
      tr.appendChild(el('td', { class: 'c-' + f + ' n ' + band(v) }, num(v)));
    });
    tr.appendChild(el('td', { class: 'c-inbound n' }, fmtInt(d.inbound)));
    tr.appendChild(el('td', { class: 'c-priority n' }, num(d.priority)));
    const ti = el('td', { class: 'c-issues n' });
    [['e', 'errors', ' errors,'], ['w', 'warnings', ' warnings,'], ['i', 'info', ' info']].forEach((c, i) => {
      const s = el('span', { class: 'cnt ' + c[0], title: c[1] }, String(d.counts[i]));
      if (!lean) s.appendChild(el('span', { class: 'sr-only' }, c[2]));
      ti.appendChild(s);
    });
    tr.appendChild(ti);
    return tr;
  }

  function detailsEl(d) {
    const tr = el('tr', { class: 'details', id: 'doc-' + d.id + '-details' });
    const td = el('td', { colspan: String(ncols) });
    const box = el('div', { class: 'detail' });
    let meta = d.path;
    if (d.url) meta += ' · ' + d.url;
    if (d.lang) meta += ' · language ' + d.lang;
    box.appendChild(el('p', { class: 'dmeta' }, meta));
    if (d.ded.length) {
      box.appendChild(el('p', { class: 'dlabel' }, 'Score deductions'));
      const ul = el('ul', { class: 'deductions' });
      const deds = d.ded.map((x, i) => [x, i]).sort((a, b) => b[0][2] - a[0][2] || a[1] - b[1]);
      for (const [x] of deds) {
        const li = el('li');
        li.appendChild(el('span', { class: 'pts' }, '−' + num(x[2])));
        li.appendChild(document.createTextNode(' '));
        li.appendChild(el('span', { class: 'fam' }, x[0] >= 0 ? FAM[x[0]] : ''));
        li.appendChild(document.createTextNode(' '));
        li.appendChild(el('code', null, x[1] >= 0 ? RULES[x[1]][0] : ''));
        li.appendChild(document.createTextNode(' ' + STR[x[3]]));
        ul.appendChild(li);
      }
      box.appendChild(ul);
    }
    box.appendChild(el('p', { class: 'dlabel' }, 'Problems (' + d.probs.length + ')'));
    if (!d.probs.length) box.appendChild(el('p', null, 'None.'));
    else {
      const ol = el('ol', { class: 'problems' });
      for (const p of d.probs) {
        const r = RULES[p[0]];
        const sev = SEV[p[1]];
        const li = el('li', { class: 'problem' });
        const ph = el('p', { class: 'ph' });
        ph.appendChild(el('span', { class: 'badge sev-' + sev }, sev));
        ph.appendChild(document.createTextNode(' '));
        ph.appendChild(el('code', null, r[0]));
        ph.appendChild(document.createTextNode(' '));
        ph.appendChild(el('span', { class: 'rule' }, r[1]));
        ph.appendChild(document.createTextNode(' '));
        ph.appendChild(el('span', { class: 'fam' }, p[2] >= 0 ? FAM[p[2]] : 'not judged'));
        if (p[3]) {
          ph.appendChild(document.createTextNode(' '));
          ph.appendChild(el('span', { class: 'loc' }, 'line ' + p[3] + (p[4] ? ':' + p[4] : '')));
        }
        li.appendChild(ph);
        li.appendChild(el('p', { class: 'msg' }, STR[p[5]]));
        if (p[6]) {
          const bq = el('blockquote', { class: 'excerpt' });
          bq.appendChild(el('q', null, p[6]));
          li.appendChild(bq);
        }
        if (p[7].length) {
          const ul = el('ul', { class: 'related' });
          for (const rel of p[7]) {
            const rli = el('li');
            if (rel[3] >= 0) rli.appendChild(el('a', { href: '#doc-' + rel[3] }, rel[0]));
            else rli.appendChild(el('span', { class: 'path' }, rel[0]));
            let tail = rel[1] ? ' line ' + rel[1] : '';
            if (STR[rel[2]]) tail += ' — ' + STR[rel[2]];
            if (tail) rli.appendChild(document.createTextNode(tail));
            ul.appendChild(rli);
          }
          li.appendChild(ul);
        }
        ol.appendChild(li);
      }
      box.appendChild(ol);
    }
    td.appendChild(box);
    tr.appendChild(td);
    return tr;
  }

  function pages() { return Math.max(1, Math.ceil(view.length / state.size)); }

  function render() {
    const start = printing ? 0 : state.page * state.size;
    const rows = printing ? view : view.slice(start, start + state.size);
    const frag = document.createDocumentFragment();
    for (const d of rows) {
      frag.appendChild(rowEl(d, printing));
      if (expanded.has(d.id)) frag.appendChild(detailsEl(d));
    }
    tbody.replaceChildren(frag);
    const n = view.length;
    const from = n ? start + 1 : 0;
    const to = start + rows.length;
    const dir = state.dir === 'asc' ? 'ascending' : 'descending';
    status.textContent = 'Showing ' + fmtInt(from) + '–' + fmtInt(to) + ' of ' + fmtInt(n)
      + ' matching documents (' + fmtInt(docs.length) + ' in all), sorted by '
      + (LABELS[state.key] || state.key) + ', ' + dir + '.';
    pageOf.textContent = 'Page ' + fmtInt(Math.min(state.page + 1, pages())) + ' of ' + fmtInt(pages());
    const last = state.page >= pages() - 1;
    pager.querySelector('[data-page="first"]').disabled = state.page === 0;
    pager.querySelector('[data-page="prev"]').disabled = state.page === 0;
    pager.querySelector('[data-page="next"]').disabled = last;
    pager.querySelector('[data-page="last"]').disabled = last;
    for (const th of table.tHead.rows[0].cells) {
      if (!th.dataset.key) continue;
      if (th.dataset.key === state.key) th.setAttribute('aria-sort', dir);
      else th.removeAttribute('aria-sort');
    }
  }

  // ------------------------------------------------------------------ events
  table.tHead.addEventListener('click', (ev) => {
    const btn = ev.target.closest('button.sort');
    if (!btn) return;
    const key = btn.closest('th').dataset.key;
    if (state.key === key) state.dir = state.dir === 'asc' ? 'desc' : 'asc';
    else {
      state.key = key;
      state.dir = key === 'doc' || key === 'section' || key === 'kind' || key === 'overall'
        || FAM.includes(key) ? 'asc' : 'desc';
    }
    sortView();
    state.page = 0;
    render();
  });

  tbody.addEventListener('click', (ev) => {
    const btn = ev.target.closest('button.expander');
    if (!btn) return;
    const tr = btn.closest('tr');
    const id = +tr.dataset.id;
    const d = byId.get(id);
    if (expanded.has(id)) {
      expanded.delete(id);
      const det = document.getElementById('doc-' + id + '-details');
      if (det) det.remove();
      btn.setAttribute('aria-expanded', 'false');
    } else {
      expanded.add(id);
      tr.after(detailsEl(d));
      btn.setAttribute('aria-expanded', 'true');
    }
  });

  function onFilter() { readFilters(); applyFilters(); render(); }
  // Selects answer to 'change', text and number fields to 'input': never both for one edit.
  form.addEventListener('input', (ev) => { if (ev.target.tagName !== 'SELECT') onFilter(); });
  form.addEventListener('change', (ev) => { if (ev.target.tagName === 'SELECT') onFilter(); });
  form.addEventListener('submit', (ev) => ev.preventDefault());
  function clearFilters() {
    for (const c of form.elements) if (c.id && c.id.startsWith('f-') && c.type !== 'reset') c.value = '';
  }
  form.addEventListener('reset', (ev) => { ev.preventDefault(); clearFilters(); onFilter(); });

  pager.addEventListener('click', (ev) => {
    const btn = ev.target.closest('button[data-page]');
    if (!btn) return;
    const to = btn.dataset.page;
    if (to === 'first') state.page = 0;
    else if (to === 'prev') state.page = Math.max(0, state.page - 1);
    else if (to === 'next') state.page = Math.min(pages() - 1, state.page + 1);
    else state.page = pages() - 1;
    render();
    wrap.scrollTop = 0;
    if (wrap.getBoundingClientRect().top < 0) wrap.scrollIntoView({ block: 'start' });
  });
  pageSizeSel.addEventListener('change', () => {
    state.size = +pageSizeSel.value || 100;
    state.page = 0;
    render();
  });

  // In-page links to a document (#doc-N): bring its row into the table, wherever it is.
  function reveal(id) {
    const d = byId.get(id);
    if (!d) return false;
    let at = view.indexOf(d);
    if (at < 0) {
      clearFilters();
      readFilters();
      applyFilters();
      at = view.indexOf(d);
    }
    state.page = Math.floor(at / state.size);
    render();
    const row = document.getElementById('doc-' + id);
    if (!row) return false;
    row.setAttribute('tabindex', '-1');
    row.classList.add('flash');
    row.scrollIntoView({ block: 'center' });
    row.focus({ preventScroll: true });
    setTimeout(() => row.classList.remove('flash'), 2000);
    return true;
  }
  document.addEventListener('click', (ev) => {
    const a = ev.target.closest('a[href^="#doc-"]');
    if (!a || ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    const id = +a.getAttribute('href').slice(5);
    if (reveal(id)) {
      ev.preventDefault();
      history.replaceState(null, '', '#doc-' + id);
    }
  });
  function fromHash() {
    const m = /^#doc-(\d+)$/.exec(location.hash);
    if (m) reveal(+m[1]);
  }
  window.addEventListener('hashchange', fromHash);

  // Print: every matching row, no controls (the stylesheet hides them).
  function setPrinting(on) {
    if (on === printing) return;
    printing = on;
    if (on) for (const det of document.querySelectorAll('details')) det.open = true;
    render();
  }
  const mq = window.matchMedia('print');
  mq.addEventListener('change', (e) => setPrinting(e.matches));
  window.addEventListener('beforeprint', () => setPrinting(true));
  window.addEventListener('afterprint', () => setPrinting(mq.matches));

  // Start: the server rendered page 1 sorted by priority; replace it with live rows.
  form.hidden = false;
  pager.hidden = false;
  readFilters();
  applyFilters();
  render();
  if (mq.matches) setPrinting(true);
  fromHash();
  if (window.performance && performance.mark) performance.mark('contentlint-ready');
})();
