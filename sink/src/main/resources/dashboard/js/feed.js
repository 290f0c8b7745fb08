// The live feed: one card per event, newest first.
import { el } from './dom.js';
import { actorsOf } from './filters.js';

export function eventCard(event, fresh) {
  const card = el('li', {
    class: fresh ? 'event fresh' : 'event',
    tabindex: 0,
    'data-id': event.id,
    'data-type': event.type,
  },
  el('div', { class: 'head' },
    el('span', { class: `badge ${safeClass(event.type)}` }, label(event.type)),
    el('span', { class: `badge ${safeClass(event.status)}` }, label(event.status)),
    event.mode ? el('span', { class: 'meta' }, label(event.mode)) : null,
    el('span', { class: 'when' }, when(event)),
    event.location ? el('span', { class: 'where' }, place(event.location)) : null),
  el('p', { class: 'who' }, who(event)),
  event.type === 'STATEMENT' && event.quote ? el('blockquote', { class: 'quote' }, event.quote) : null,
  el('div', { class: 'meta' },
    `${event.mention_count} mention${event.mention_count === 1 ? '' : 's'} in ${event.source_count} source${event.source_count === 1 ? '' : 's'}`));
  return card;
}

function who(event) {
  const people = event.type === 'STATEMENT'
    ? (event.speaker ? [event.speaker] : [])
    : event.participants || [];
  const parts = [];
  people.forEach((actor, i) => {
    if (i > 0) parts.push(' · ');
    parts.push(el('span', { class: 'actor' }, actor.name));
    if (actor.country) parts.push(el('span', { class: 'country' }, ` (${actor.country})`));
  });
  if (event.type === 'STATEMENT' && event.participants && event.participants.length) {
    parts.push(el('span', { class: 'country' }, ` to ${event.participants.map((a) => a.name).join(', ')}`));
  }
  return parts.length ? parts : ['(unnamed)'];
}

export function when(event) {
  if (!event.date) return 'date unknown';
  const precision = { WEEK: 'week of ', MONTH: 'month of ' }[event.date_precision] || '';
  return precision + event.date;
}

export function place(location) {
  return location.country ? `${location.name}, ${location.country}` : location.name;
}

export function label(value) {
  return String(value || '').toLowerCase().replaceAll('_', ' ');
}

// Enum values become class names; anything unexpected becomes nothing.
function safeClass(value) {
  return /^[A-Z_]{1,20}$/.test(value || '') ? value : '';
}

export { actorsOf };
