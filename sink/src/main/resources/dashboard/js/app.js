// The dashboard: loads the newest events, then follows the live stream; filters apply to the
// feed, the timeline and the network at once.
import { fetchEvents, follow } from './api.js';
import { eventCard } from './feed.js';
import { drawTimeline } from './timeline.js';
import { drawNetwork } from './network.js';
import { showEvidence } from './evidence.js';
import { readFilters, matches } from './filters.js';

const MAX_EVENTS = 2000;
const events = new Map(); // id -> event
const fresh = new Set();

const $ = (id) => document.getElementById(id);
const form = $('filters');
const feed = $('feed');

function newestFirst(a, b) {
  return (b.last_reported_at || '').localeCompare(a.last_reported_at || '') || a.id.localeCompare(b.id);
}

let scheduled = false;
function render() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    const f = readFilters(form);
    const shown = [...events.values()].filter((e) => matches(e, f)).sort(newestFirst);
    feed.replaceChildren(...shown.slice(0, 300).map((e) => eventCard(e, fresh.has(e.id))));
    fresh.clear();
    $('feed-empty').hidden = events.size > 0;
    $('count').textContent = `${shown.length} of ${events.size} events`;
    drawTimeline($('timeline'), shown);
    drawNetwork($('network'), shown, (name) => {
      form.elements.actor.value = name;
      filtersChanged();
    });
  });
}

function upsert(event) {
  events.set(event.id, event);
  if (events.size > MAX_EVENTS) {
    const oldest = [...events.values()].sort(newestFirst).at(-1);
    events.delete(oldest.id);
  }
}

// Live changes may arrive while the page loads: a loaded event never replaces a newer live one.
function merge(page) {
  page.events.forEach((e) => {
    const known = events.get(e.id);
    if (!known || (known.last_reported_at || '') <= (e.last_reported_at || '')) upsert(e);
  });
}

async function reload(clearFirst) {
  try {
    if (clearFirst) events.clear();
    merge(await fetchEvents());
  } catch (error) {
    $('feed-empty').textContent = `Could not load events: ${error.message}`;
  }
  render();
}

function setState(state) {
  const status = $('live-status');
  status.dataset.state = state;
  status.textContent = { live: 'live', connecting: 'reconnecting…', down: 'offline' }[state] || state;
}

// Filters apply at once to what is loaded, then the sink is asked for older matches too.
let asked = 0;
function filtersChanged() {
  render();
  const ticket = ++asked;
  setTimeout(async () => {
    if (ticket !== asked) return;
    try {
      merge(await fetchEvents(readFilters(form)));
      render();
    } catch (error) {
      $('count').textContent = `Could not filter: ${error.message}`;
    }
  }, 300);
}

form.addEventListener('input', filtersChanged);
form.addEventListener('change', filtersChanged);
form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('reset', () => setTimeout(render));
feed.addEventListener('click', (e) => {
  const card = e.target.closest('li.event');
  if (card) showEvidence($('evidence'), $('evidence-body'), card.dataset.id);
});
feed.addEventListener('keydown', (e) => {
  const card = e.target.closest('li.event');
  if (card && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    showEvidence($('evidence'), $('evidence-body'), card.dataset.id);
  }
});
$('evidence-close').addEventListener('click', () => { $('evidence').hidden = true; });
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') $('evidence').hidden = true;
});

follow({
  onUpsert: (change) => {
    if (!change.event) return;
    upsert(change.event);
    fresh.add(change.id);
    render();
  },
  onDelete: (change) => {
    events.delete(change.id);
    render();
  },
  onReset: () => reload(true),
  onState: setState,
});
reload(false);
