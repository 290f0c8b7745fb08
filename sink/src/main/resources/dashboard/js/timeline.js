// Events per day and type: stacked SVG bars over the last days that have events.
import { svg, clear } from './dom.js';

const TYPES = ['MEETING', 'CALL', 'STATEMENT'];
const MAX_DAYS = 45;
const W = 520, H = 180, PAD_L = 28, PAD_B = 32, PAD_T = 18;

function dayOf(event) {
  return event.date || (event.first_reported_at || '').slice(0, 10) || null;
}

function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function total(c) {
  return c ? TYPES.reduce((s, t) => s + (c[t] || 0), 0) : 0;
}

// The MAX_DAYS consecutive days holding the most events (the latest such window on a tie):
// a few far-off dates (a summit planned for next year) must not push the bulk out of view.
function busiestWindow(counts) {
  const sorted = [...counts.keys()].sort();
  let best = { end: sorted.at(-1), n: -1 };
  let start = 0, inWindow = 0;
  for (let end = 0; end < sorted.length; end++) {
    inWindow += total(counts.get(sorted[end]));
    while (sorted[start] <= addDays(sorted[end], -MAX_DAYS)) inWindow -= total(counts.get(sorted[start++]));
    if (inWindow >= best.n) best = { end: sorted[end], n: inWindow };
  }
  const first = sorted.find((d) => d > addDays(best.end, -MAX_DAYS));
  const days = [];
  for (let d = first; d <= best.end; d = addDays(d, 1)) days.push(d);
  return days;
}

export function drawTimeline(container, events) {
  clear(container);
  const counts = new Map();
  for (const e of events) {
    const day = dayOf(e);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day || '')) continue;
    const c = counts.get(day) || { MEETING: 0, CALL: 0, STATEMENT: 0 };
    if (e.type in c) c[e.type] += 1;
    counts.set(day, c);
  }
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'events per day and type' });
  if (counts.size === 0) {
    root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no dated events'));
    container.append(root);
    return;
  }
  const days = busiestWindow(counts);
  const max = Math.max(1, ...days.map((d) => total(counts.get(d))));
  const plotW = W - PAD_L - 8, plotH = H - PAD_B - PAD_T;
  const step = plotW / days.length, barW = Math.max(2, step * 0.75);

  root.append(svg('line', { x1: PAD_L, y1: PAD_T + plotH, x2: W - 8, y2: PAD_T + plotH, stroke: '#999' }));
  root.append(svg('text', { x: PAD_L - 4, y: PAD_T + 4, 'text-anchor': 'end' }, String(max)));
  root.append(svg('text', { x: PAD_L - 4, y: PAD_T + plotH, 'text-anchor': 'end' }, '0'));

  days.forEach((day, i) => {
    const c = counts.get(day) || {};
    let y = PAD_T + plotH;
    const x = PAD_L + i * step + (step - barW) / 2;
    for (const type of TYPES) {
      const n = c[type] || 0;
      if (!n) continue;
      const h = (n / max) * plotH;
      y -= h;
      root.append(svg('rect', { x, y, width: barW, height: h, class: `bar-${type}` },
        svg('title', {}, `${day}: ${n} ${type.toLowerCase()}${n === 1 ? '' : 's'}`)));
    }
    const labelEvery = Math.ceil(days.length / 8);
    const lastFits = (days.length - 1) % labelEvery >= labelEvery / 2 || labelEvery === 1;
    if (i % labelEvery === 0 || (i === days.length - 1 && lastFits)) {
      root.append(svg('text', { x: x + barW / 2, y: H - PAD_B + 14, 'text-anchor': 'middle' }, day.slice(5)));
    }
  });

  const legend = svg('g', { class: 'legend' });
  TYPES.forEach((type, i) => {
    legend.append(svg('rect', { x: PAD_L + i * 90, y: H - 12, width: 10, height: 10, class: `bar-${type}` }));
    legend.append(svg('text', { x: PAD_L + i * 90 + 14, y: H - 3 }, type.toLowerCase()));
  });
  root.append(legend);
  container.append(root);
}
