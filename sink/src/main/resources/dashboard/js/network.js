// Who met or called whom: actors on a circle (grouped by country), one line per pair that met
// or called, thicker the more often. Clicking an actor filters by it.
import { svg, clear } from './dom.js';

const MAX_NODES = 40;
const W = 640, H = 560, R = 160;

export function drawNetwork(container, events, onPick) {
  clear(container);
  const nodes = new Map();
  const edges = new Map();
  for (const e of events) {
    if (e.type !== 'MEETING' && e.type !== 'CALL') continue;
    const people = (e.participants || []).filter((a) => a && a.id);
    for (const a of people) {
      const n = nodes.get(a.id) || { id: a.id, name: a.name, country: a.country || '', degree: 0 };
      n.degree += people.length - 1;
      nodes.set(a.id, n);
    }
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const [x, y] = [people[i].id, people[j].id].sort();
        const key = `${x}\u0000${y}`;
        const edge = edges.get(key) || { a: x, b: y, n: 0, type: e.type };
        edge.n += 1;
        if (edge.type !== e.type) edge.type = 'MIXED';
        edges.set(key, edge);
      }
    }
  }
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'network of meetings and calls' });
  const shown = [...nodes.values()].sort((p, q) => q.degree - p.degree).slice(0, MAX_NODES);
  if (shown.length === 0) {
    root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no meetings or calls'));
    container.append(root);
    return;
  }
  shown.sort((p, q) => p.country.localeCompare(q.country) || p.name.localeCompare(q.name));
  const pos = new Map();
  shown.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / shown.length - Math.PI / 2;
    pos.set(n.id, { x: W / 2 + R * Math.cos(angle), y: H / 2 + R * Math.sin(angle), angle });
  });
  for (const edge of edges.values()) {
    const p = pos.get(edge.a), q = pos.get(edge.b);
    if (!p || !q) continue;
    root.append(svg('line', {
      x1: p.x, y1: p.y, x2: q.x, y2: q.y, class: `edge ${edge.type}`, 'stroke-width': Math.min(6, 1 + edge.n),
    }, svg('title', {}, `${nodes.get(edge.a).name} – ${nodes.get(edge.b).name}: ${edge.n}`)));
  }
  for (const n of shown) {
    const p = pos.get(n.id);
    // Labels point outwards along their radius, so neighbours on the circle never overlap.
    const right = Math.cos(p.angle) >= 0;
    const degrees = (p.angle * 180) / Math.PI + (right ? 0 : 180);
    const label = n.country ? `${n.name} (${n.country})` : n.name;
    const g = svg('g', { class: 'node', 'data-actor': n.id },
      svg('circle', { cx: p.x, cy: p.y, r: Math.min(10, 4 + Math.sqrt(n.degree)) }),
      svg('text', {
        x: p.x + (right ? 12 : -12), y: p.y + 3, 'text-anchor': right ? 'start' : 'end',
        transform: `rotate(${degrees.toFixed(1)} ${p.x.toFixed(1)} ${p.y.toFixed(1)})`,
      }, label.length > 28 ? `${label.slice(0, 27)}…` : label),
      svg('title', {}, label));
    g.addEventListener('click', () => onPick(n.name));
    root.append(g);
  }
  container.append(root);
}
