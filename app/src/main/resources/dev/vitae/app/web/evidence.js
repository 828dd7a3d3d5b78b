// Evidence: every reading of a profile (role, skill mention, metric, education, language, project) carries a
// half-open span [start, end) of UTF-16 offsets into the extracted text, the same units as JavaScript strings.
// The text is cut at every span boundary; each piece is wrapped in one element whose classes name every kind
// of reading covering it, so overlapping readings (a skill inside a role) all show.

import { h } from './dom.js';

/** The kinds, in the order the legend lists them; `inline` kinds are marks, the others bands behind them. */
export const KINDS = [
  { kind: 'skill', label: 'Skill', inline: true },
  { kind: 'metric', label: 'Metric', inline: true },
  { kind: 'language', label: 'Language', inline: true },
  { kind: 'role', label: 'Role', inline: false },
  { kind: 'education', label: 'Education', inline: false },
  { kind: 'project', label: 'Project', inline: false },
];

const INLINE = new Set(KINDS.filter((k) => k.inline).map((k) => k.kind));

/** Every span of the profile as {id, kind, label, start, end, skill?}; ids are stable per profile. */
export function spansOf(profile) {
  const out = [];
  const add = (kind, index, sub, label, ev, extra = {}) => {
    if (ev && Number.isInteger(ev.start) && Number.isInteger(ev.end)) {
      out.push({ id: `${kind}-${index}${sub === null ? '' : `-${sub}`}`, kind, label, start: ev.start, end: ev.end, ...extra });
    }
  };
  (profile.roles || []).forEach((r, i) => add('role', i, null,
    [r.title, r.organization].filter(Boolean).join(' at ') || 'Role', r.evidence));
  (profile.skills || []).forEach((s, i) => (s.mentions || []).forEach((m, j) => add('skill', i, j,
    `${s.name}${m.alias && m.alias !== s.name ? ` (as “${m.alias}”)` : ''}`, m.evidence, { skill: s.name })));
  (profile.metrics || []).forEach((m, i) => add('metric', i, null, metricLabel(m), m.evidence));
  (profile.education || []).forEach((e, i) => add('education', i, null,
    [e.degree, e.field, e.institution].filter(Boolean).join(', ') || 'Education', e.evidence));
  (profile.languages || []).forEach((l, i) => add('language', i, null, [l.name, l.level].filter(Boolean).join(' — '), l.evidence));
  (profile.projects || []).forEach((p, i) => add('project', i, null, p.name || 'Project', p.evidence));
  return out;
}

export function metricLabel(m) {
  const value = m.valueMax !== null && m.valueMax !== undefined ? `${m.value}–${m.valueMax}` : `${m.value}`;
  const unit = m.unit === 'percent' ? '%' : ` ${m.unit}`;
  return `${value}${unit}${m.subject ? ` ${m.subject}` : ''}`;
}

/**
 * Renders `text` with `spans` into `container` (emptied first). Spans outside the text are clamped;
 * answers how many spans did not fit (start or end past the text), which means the text is not the one read.
 */
export function renderHighlighted(container, text, spans) {
  container.replaceChildren();
  let misfits = 0;
  const fitted = [];
  for (const s of spans) {
    if (s.start < 0 || s.end > text.length || s.start > s.end) {
      misfits++;
    }
    const start = Math.max(0, Math.min(s.start, text.length));
    const end = Math.max(start, Math.min(s.end, text.length));
    if (end > start) {
      fitted.push({ ...s, start, end });
    }
  }
  const cuts = new Set([0, text.length]);
  fitted.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
  const points = [...cuts].sort((a, b) => a - b);
  // a sweep: spans sorted by start enter the active set, and leave once their end is passed
  const byStart = [...fitted].sort((a, b) => a.start - b.start);
  let next = 0;
  let active = [];
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    while (next < byStart.length && byStart[next].start <= a) {
      active.push(byStart[next++]);
    }
    active = active.filter((s) => s.end > a);
    const piece = text.slice(a, b);
    const covering = active.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const inline = kinds.some((k) => INLINE.has(k));
    const skills = [...new Set(covering.filter((s) => s.skill).map((s) => s.skill))];
    frag.appendChild(h(inline ? 'mark' : 'span', {
      class: ['ev', ...kinds.map((k) => `ev-${k}`)],
      title: covering.map((s) => `${labelOf(s.kind)}: ${s.label}`).join('\n'),
      dataset: { ev: covering.map((s) => s.id).join(' '), skill: skills.length ? skills.join('|') : null },
    }, piece));
  }
  container.appendChild(frag);
  return misfits;
}

function labelOf(kind) {
  return (KINDS.find((k) => k.kind === kind) || { label: kind }).label;
}

/** Scrolls to the first piece of span `id` and flashes every piece of it. */
export function reveal(container, id) {
  const pieces = [...container.querySelectorAll('.ev')].filter((el) => el.dataset.ev.split(' ').includes(id));
  if (pieces.length === 0) {
    return false;
  }
  container.querySelectorAll('.flash').forEach((el) => el.classList.remove('flash'));
  pieces.forEach((el) => {
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation
    el.classList.add('flash');
  });
  pieces[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
