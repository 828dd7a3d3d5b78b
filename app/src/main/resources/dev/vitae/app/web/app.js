// The page: four views chosen by the URL's fragment (#/upload, #/profile/<id>, #/search, #/dead-letters).
// Every value from the server (résumé text, names, file names, reasons) reaches the DOM as text only (dom.js).

import { ApiError, call, DOCUMENT_ID, profilePath, setToken, token } from './api.js';
import { $, clear, h, period, shortId, when } from './dom.js';
import { KINDS, metricLabel, renderHighlighted, reveal, spansOf } from './evidence.js';

const STAGES = ['uploaded', 'extracted', 'parsed', 'stored'];
const POLL_MS = 600;
const POLL_MAX_MS = 3000;
const POLL_GIVE_UP_MS = 10 * 60 * 1000;

/* ---------- banner, token, health ---------- */

function showBanner(message, kind = 'error') {
  const b = $('#banner');
  b.className = `banner ${kind}`;
  b.textContent = message;
  b.hidden = false;
}

function hideBanner() {
  $('#banner').hidden = true;
}

/** Shows an API failure; a 401 points at the token field. */
function failed(e, what) {
  if (e instanceof ApiError && e.status === 401) {
    showBanner(token()
      ? `${what}: the server refused the API token. Enter the right token at the top right.`
      : `${what}: this server needs an API token. Enter it at the top right.`);
    $('#token').focus();
  } else {
    showBanner(`${what}: ${e.message}`);
  }
}

function initToken() {
  const input = $('#token');
  input.value = token();
  $('#token-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    setToken(input.value);
    hideBanner();
    showBanner(input.value.trim() ? 'Token saved for this browser tab.' : 'Token cleared.', 'info');
    route();
  });
}

async function refreshHealth() {
  const el = $('#health');
  try {
    const r = await fetch('/health', { cache: 'no-store' });
    const body = await r.json();
    const down = Object.entries(body.services || {}).filter(([, v]) => v !== 'UP').map(([k]) => k);
    el.textContent = down.length ? `Starting: ${down.join(', ')}` : 'All services up';
    el.className = `health ${down.length ? 'down' : 'up'}`;
  } catch (e) {
    el.textContent = 'Server unreachable';
    el.className = 'health down';
  }
}

/* ---------- routing ---------- */

const VIEWS = ['upload', 'profile', 'search', 'dead-letters'];

function route() {
  const hash = location.hash || '#/upload';
  const [, view = 'upload', arg = ''] = hash.match(/^#\/([a-z-]+)(?:\/(.*))?$/) || [];
  const name = VIEWS.includes(view) ? view : 'upload';
  for (const v of VIEWS) {
    $(`#view-${v}`).hidden = v !== name;
  }
  document.querySelectorAll('nav a').forEach((a) => {
    a.classList.toggle('active', a.dataset.view === name || (name === 'profile' && a.dataset.view === 'search'));
  });
  if (name === 'profile') {
    openProfile(arg);
  } else if (name === 'search') {
    if (!searchLoaded) {
      runSearch(0);
    }
  } else if (name === 'dead-letters') {
    loadDeadLetters();
  }
}

/* ---------- upload ---------- */

const uploads = new Map(); // documentId -> row state

function initUpload() {
  const drop = $('#drop');
  const input = $('#file-input');
  input.addEventListener('change', () => {
    if (input.files.length) {
      send([...input.files]);
    }
    input.value = '';
  });
  for (const ev of ['dragenter', 'dragover']) {
    drop.addEventListener(ev, (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
  }
  for (const ev of ['dragleave', 'drop']) {
    drop.addEventListener(ev, () => drop.classList.remove('over'));
  }
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    const files = [...(e.dataTransfer ? e.dataTransfer.files : [])];
    if (files.length) {
      send(files);
    }
  });
  // a file dropped beside the zone must not make the browser navigate away to it
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
}

async function send(files) {
  hideBanner();
  const form = new FormData();
  files.forEach((f) => form.append('file', f, f.name));
  const pending = h('li', { class: 'upload sending' }, h('span', { class: 'file' }, files.map((f) => f.name).join(', ')),
    h('span', { class: 'status' }, `Sending ${files.length} file(s)…`));
  $('#uploads').prepend(pending);
  $('#uploads-title').hidden = false;
  try {
    const body = await call('/uploads', { method: 'POST', form });
    pending.remove();
    for (const u of body.uploads) {
      addUpload(u.documentId, u.fileName, u.status);
    }
  } catch (e) {
    pending.remove();
    const verdicts = e instanceof ApiError && e.problem && Array.isArray(e.problem.files) ? e.problem.files : null;
    if (verdicts) {
      for (const f of verdicts) {
        if (f.accepted === false) {
          $('#uploads').prepend(refusedRow(f.fileName, f.reason));
        }
      }
      showBanner(`${e.message}`);
    } else if (e instanceof ApiError && e.status !== 401 && e.status !== 0) {
      files.forEach((f) => $('#uploads').prepend(refusedRow(f.name, e.message)));
    } else {
      failed(e, 'Upload failed');
    }
  }
}

function refusedRow(fileName, reason) {
  return h('li', { class: 'upload refused', dataset: { stage: 'refused' } },
    h('div', { class: 'upload-head' }, h('span', { class: 'file' }, fileName || '(no name)'),
      h('span', { class: 'badge bad' }, 'Refused')),
    h('p', { class: 'reason' }, reason || ''));
}

function addUpload(documentId, fileName, statusUrl) {
  const existing = uploads.get(documentId);
  if (existing) {
    existing.row.remove();
  }
  const steps = STAGES.map((s) => h('li', { class: 'step', dataset: { step: s } }, s));
  const row = h('li', { class: 'upload', dataset: { documentId, stage: 'uploaded' } },
    h('div', { class: 'upload-head' },
      h('span', { class: 'file' }, fileName || '(no name)'),
      h('code', { class: 'doc-id', title: documentId }, shortId(documentId)),
      h('span', { class: 'badge' }, 'uploaded')),
    h('ol', { class: 'steps', 'aria-label': 'Stages' }, steps),
    h('div', { class: 'outcome' }));
  $('#uploads').prepend(row);
  const state = { row, statusUrl, started: Date.now(), delay: POLL_MS, seen: new Set(['uploaded']) };
  uploads.set(documentId, state);
  showStage(state, { stage: 'uploaded' });
  poll(documentId, state);
}

async function poll(documentId, state) {
  if (uploads.get(documentId) !== state) {
    return; // uploaded again: the newer row polls
  }
  let s;
  try {
    s = await call(state.statusUrl);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      failed(e, 'Following the upload');
    }
    s = null; // a 404 right after the upload, or a blip: keep asking
  }
  if (s) {
    showStage(state, s);
    if (s.stage === 'stored' || s.stage === 'dead-lettered') {
      return;
    }
  }
  if (Date.now() - state.started > POLL_GIVE_UP_MS) {
    $('.outcome', state.row).replaceChildren(h('p', { class: 'reason' }, 'Still not done after ten minutes; stopped following it. Is every service up?'));
    return;
  }
  state.delay = Math.min(POLL_MAX_MS, Math.round(state.delay * 1.25));
  setTimeout(() => poll(documentId, state), state.delay);
}

function showStage(state, s) {
  const { row } = state;
  const stage = s.stage;
  state.seen.add(stage);
  row.dataset.stage = stage;
  row.dataset.seen = [...state.seen].join(' ');
  const badge = $('.badge', row);
  badge.textContent = stage;
  badge.className = `badge ${stage === 'stored' ? 'good' : stage === 'dead-lettered' ? 'bad' : 'busy'}`;
  const reached = stage === 'dead-lettered' ? -1 : STAGES.indexOf(stage);
  row.querySelectorAll('.step').forEach((step, i) => {
    step.classList.toggle('done', i <= reached);
    step.classList.toggle('current', i === reached && stage !== 'stored');
  });
  if (stage === 'dead-lettered') {
    const failedAt = s.failedStage || '';
    row.querySelectorAll('.step').forEach((step) => step.classList.remove('done', 'current'));
    const upTo = { extractor: 1, enricher: 2, sink: 3 }[failedAt] || 1;
    row.querySelectorAll('.step').forEach((step, i) => {
      step.classList.toggle('done', i < upTo);
      step.classList.toggle('failed', i === upTo);
    });
    $('.outcome', row).replaceChildren(
      h('p', { class: 'reason' },
        h('strong', {}, `Dead-lettered by the ${failedAt || 'pipeline'}`), s.outcome ? ` (${s.outcome})` : '', ': ',
        h('span', { class: 'reason-text' }, s.reason || 'no reason given')),
      h('a', { href: '#/dead-letters', class: 'button' }, 'See dead letters'));
  } else if (stage === 'stored') {
    $('.outcome', row).replaceChildren(h('a', { href: `#/profile/${row.dataset.documentId}`, class: 'button primary open-profile' },
      'Open profile'));
  }
}

/* ---------- profile ---------- */

let profileRequest = 0;

async function openProfile(id) {
  const mine = ++profileRequest;
  const title = $('#profile-title');
  const facts = clear($('#profile-facts'));
  const readings = clear($('#profile-readings'));
  const textEl = clear($('#profile-text'));
  delete textEl.dataset.documentId; // set again once this profile's text is drawn
  delete textEl.dataset.spans;
  const warning = $('#profile-warning');
  warning.hidden = true;
  if (!DOCUMENT_ID.test(id)) {
    title.textContent = 'Not a document id';
    return;
  }
  title.textContent = 'Loading…';
  let profile;
  try {
    profile = await call(profilePath(id));
  } catch (e) {
    title.textContent = 'Profile not available';
    failed(e, 'Opening the profile');
    return;
  }
  if (mine !== profileRequest) {
    return;
  }
  hideBanner();
  const c = profile.candidate || {};
  title.textContent = c.name || profile.fileName || 'Unnamed candidate';
  const fact = (k, v) => (v ? [h('dt', {}, k), h('dd', {}, v)] : []);
  facts.append(...fact('File', profile.fileName), ...fact('Language', profile.language), ...fact('Location', c.location),
    ...fact('E-mail', (c.emails || []).join(', ')), ...fact('Document', id),
    ...fact('Read by', `extractor ${profile.extractorVersion}, enricher ${profile.enricherVersion}`));

  const spans = spansOf(profile);
  renderLegend(spans);
  renderReadings(readings, profile, textEl);

  textEl.append(h('p', { class: 'hint' }, 'Loading the extracted text…'));
  let text;
  try {
    text = await call(`${profilePath(id)}/text`);
  } catch (e) {
    clear(textEl).append(h('p', { class: 'hint' }, e instanceof ApiError && e.status === 404
      ? `The extracted text is not available: ${e.message}`
      : `Could not load the extracted text: ${e.message}`));
    return;
  }
  if (mine !== profileRequest) {
    return;
  }
  const misfits = renderHighlighted(textEl, text.text, spans);
  textEl.dataset.spans = String(spans.length);
  textEl.dataset.documentId = id;
  if (!text.matchesProfile || misfits) {
    warning.textContent = `This text is from extractor ${text.extractorVersion}; the profile was read from extractor `
      + `${profile.extractorVersion}${misfits ? ` and ${misfits} highlight(s) fall outside it` : ''}, so highlights may be off.`;
    warning.hidden = false;
  }
}

function renderLegend(spans) {
  const legend = clear($('#legend'));
  for (const k of KINDS) {
    const n = spans.filter((s) => s.kind === k.kind).length;
    if (n) {
      legend.append(h('li', {}, h('span', { class: `swatch ev-${k.kind}` }), `${k.label} (${n})`));
    }
  }
}

function readingButton(textEl, spanId, ...content) {
  return h('button', { type: 'button', class: 'reading', dataset: { target: spanId }, title: 'Show in the text',
    on: { click: () => reveal(textEl, spanId) } }, ...content);
}

function renderReadings(el, p, textEl) {
  const section = (title, items) => (items.length
    ? h('section', { class: 'reading-group' }, h('h3', {}, `${title} (${items.length})`), h('ul', {}, items.map((i) => h('li', {}, i))))
    : null);
  const groups = [
    section('Roles', (p.roles || []).map((r, i) => readingButton(textEl, `role-${i}`,
      h('span', { class: 'r-title' }, r.title || 'Role'), r.organization ? h('span', { class: 'r-org' }, r.organization) : null,
      h('span', { class: 'r-when' }, period(r.start, r.end, r.current))))),
    section('Skills', (p.skills || []).map((s, i) => readingButton(textEl, `skill-${i}-0`,
      h('span', { class: 'chip-name' }, s.name),
      h('span', { class: 'chip-meta' }, [s.months !== null && s.months !== undefined ? `${s.months} mo` : null,
        `${(s.mentions || []).length}×`].filter(Boolean).join(' · '))))),
    section('Metrics', (p.metrics || []).map((m, i) => readingButton(textEl, `metric-${i}`,
      h('span', { class: 'r-title' }, metricLabel(m)), h('span', { class: 'r-when' }, m.kind)))),
    section('Education', (p.education || []).map((e, i) => readingButton(textEl, `education-${i}`,
      h('span', { class: 'r-title' }, [e.degree, e.field].filter(Boolean).join(', ') || 'Education'),
      e.institution ? h('span', { class: 'r-org' }, e.institution) : null, h('span', { class: 'r-when' }, period(e.start, e.end))))),
    section('Languages', (p.languages || []).map((l, i) => readingButton(textEl, `language-${i}`,
      h('span', { class: 'r-title' }, l.name), l.level ? h('span', { class: 'r-when' }, l.level) : null))),
    section('Projects', (p.projects || []).map((x, i) => readingButton(textEl, `project-${i}`,
      h('span', { class: 'r-title' }, x.name), h('span', { class: 'r-when' }, period(x.start, x.end))))),
  ];
  el.append(...groups.filter(Boolean)); // append() would write a null as the text "null"
  if (!el.childElementCount) {
    el.append(h('p', { class: 'hint' }, 'Nothing was read from this résumé.'));
  }
}

/* ---------- search ---------- */

let searchLoaded = false;
let searchOffset = 0;
const PAGE = 20;

async function runSearch(offset) {
  searchLoaded = true;
  const form = $('#search-form');
  const params = new URLSearchParams();
  for (const name of ['skill', 'minMonths', 'language']) {
    const v = form.elements[name].value.trim();
    if (v) {
      params.set(name, v);
    }
  }
  params.set('limit', String(PAGE));
  params.set('offset', String(offset));
  const tbody = clear($('#search-results tbody'));
  const summary = $('#search-summary');
  summary.textContent = 'Searching…';
  let page;
  try {
    page = await call(`/profiles?${params}`);
  } catch (e) {
    summary.textContent = '';
    failed(e, 'Search');
    return;
  }
  hideBanner();
  searchOffset = offset;
  const skill = params.get('skill');
  summary.textContent = page.total === 0 ? 'No stored profile matches.'
    : `${page.total} profile(s)${skill ? ` with ${skill}` : ''}; showing ${offset + 1}–${offset + page.items.length}.`;
  for (const item of page.items) {
    tbody.append(h('tr', { dataset: { documentId: item.documentId } },
      h('td', {}, item.name || '(no name)'), h('td', {}, item.fileName || ''), h('td', {}, item.language || ''),
      h('td', { class: 'num' }, item.skillMonths === null || item.skillMonths === undefined ? '' : String(item.skillMonths)),
      h('td', {}, item.enricherVersion || ''),
      h('td', {}, h('a', { href: `#/profile/${item.documentId}`, class: 'button' }, 'Open'))));
  }
  $('#search-prev').hidden = offset === 0;
  $('#search-next').hidden = !page.next;
}

function initSearch() {
  $('#search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    runSearch(0);
  });
  $('#search-prev').addEventListener('click', () => runSearch(Math.max(0, searchOffset - PAGE)));
  $('#search-next').addEventListener('click', () => runSearch(searchOffset + PAGE));
}

/* ---------- dead letters ---------- */

function dlqFilter() {
  const form = $('#dlq-form');
  return { stage: form.elements.stage.value, outcome: form.elements.outcome.value.trim() };
}

async function loadDeadLetters() {
  const { stage, outcome } = dlqFilter();
  const params = new URLSearchParams();
  if (stage) {
    params.set('stage', stage);
  }
  if (outcome) {
    params.set('outcome', outcome);
  }
  const tbody = clear($('#dlq-results tbody'));
  const summary = $('#dlq-summary');
  summary.textContent = 'Reading the dead-letter topics…';
  let body;
  try {
    body = await call(`/dead-letters${params.size ? `?${params}` : ''}`);
  } catch (e) {
    summary.textContent = '';
    failed(e, 'Reading dead letters');
    return;
  }
  summary.textContent = body.total === 0 ? 'No dead letters. Every document went through.'
    : `${body.total} dead-lettered document(s): ${body.open} open, ${body.resolved} resolved (stored since).`;
  $('#dlq-replay-all').disabled = body.open === 0;
  for (const d of body.items) {
    const open = d.status === 'open';
    tbody.append(h('tr', { class: open ? 'open' : 'resolved', dataset: { documentId: d.documentId } },
      h('td', {}, when(d.deadLetteredAt)),
      h('td', {}, h('div', {}, d.fileName || '(no name)'), h('code', { class: 'doc-id', title: d.documentId }, shortId(d.documentId))),
      h('td', {}, d.stage || '', h('div', { class: 'sub' }, d.deadLetterTopic)),
      h('td', {}, h('span', { class: 'badge bad outcome-name' }, d.outcome || '?')),
      h('td', { class: 'reason-cell' }, h('div', { class: 'reason-text' }, d.reason || ''),
        d.records > 1 ? h('div', { class: 'sub' }, `${d.records} records (dead-lettered again after a replay)`) : null),
      h('td', {}, h('span', { class: `badge ${open ? 'busy' : 'good'}` }, d.status)),
      h('td', {}, open
        ? h('button', { type: 'button', class: 'replay', on: { click: (e) => replay({ documentId: d.documentId }, e.currentTarget) } }, 'Replay')
        : h('a', { href: `#/profile/${d.documentId}`, class: 'button' }, 'Open profile'))));
  }
}

async function replay(selection, button) {
  if (button) {
    button.disabled = true;
  }
  const { stage, outcome } = dlqFilter();
  const body = selection || {};
  if (!selection) {
    if (stage) {
      body.stage = stage;
    }
    if (outcome) {
      body.outcome = outcome;
    }
  }
  try {
    const r = await call('/dead-letters/replay', { method: 'POST', json: body });
    const where = Object.entries(r.topics).map(([t, n]) => `${n} to ${t}`).join(', ');
    showBanner(r.replayed ? `Replayed ${r.replayed} record(s)${where ? ` (${where})` : ''}. They go through the pipeline again.`
      : 'Nothing to replay.', 'info');
    setTimeout(loadDeadLetters, 1500);
  } catch (e) {
    failed(e, 'Replay');
  } finally {
    if (button) {
      button.disabled = false;
    }
  }
}

function initDeadLetters() {
  $('#dlq-form').addEventListener('submit', (e) => {
    e.preventDefault();
    loadDeadLetters();
  });
  $('#dlq-replay-all').addEventListener('click', (e) => replay(null, e.currentTarget));
}

/* ---------- start ---------- */

initToken();
initUpload();
initSearch();
initDeadLetters();
window.addEventListener('hashchange', route);
route();
refreshHealth();
setInterval(refreshHealth, 10000);
document.documentElement.dataset.ready = 'true';
