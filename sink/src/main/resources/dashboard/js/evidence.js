// The evidence panel: an event's facts and every mention that reports it, with links to the
// articles.
import { el, clear, safeLink } from './dom.js';
import { fetchEvent } from './api.js';
import { label, place, when } from './feed.js';

export async function showEvidence(panel, body, id) {
  panel.hidden = false;
  clear(body);
  body.append(el('p', { class: 'empty' }, 'loading…'));
  try {
    const event = await fetchEvent(id);
    clear(body);
    body.append(facts(event));
    const mentions = event.mentions || [];
    body.append(el('h3', {}, `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`));
    mentions.forEach((m) => body.append(mention(m)));
  } catch (error) {
    clear(body);
    body.append(el('p', { class: 'empty' }, `Could not load this event: ${error.message}`));
  }
}

function facts(event) {
  const rows = [
    ['type', label(event.type) + (event.mode ? ` (${label(event.mode)})` : '')],
    ['status', label(event.status)],
    ['date', when(event)],
    ['place', event.location ? place(event.location) : 'unsaid'],
    ['speaker', event.speaker ? actor(event.speaker) : null],
    ['participants', (event.participants || []).map(actor).join('; ') || null],
    ['quote', event.quote],
    ['confidence', typeof event.confidence === 'number' ? event.confidence.toFixed(2) : null],
    ['id', event.id],
  ].filter(([, v]) => v);
  return el('dl', { class: 'facts' }, rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function actor(a) {
  return [a.name, a.title, a.country].filter(Boolean).join(', ');
}

function mention(m) {
  return el('div', { class: 'mention', 'data-mention': m.id },
    el('div', { class: 'meta' },
      [m.source || 'unknown source', m.published_at ? ` · ${m.published_at.replace('T', ' ').replace('Z', ' UTC')}` : '']),
    el('p', { class: 'sentence' }, highlight(m.sentence || '', m.trigger || '')),
    m.url ? safeLink(m.url) : null);
}

// The trigger marked inside its sentence, built from text nodes.
function highlight(sentence, trigger) {
  const at = trigger ? sentence.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (at < 0) return [sentence];
  return [sentence.slice(0, at), el('mark', {}, sentence.slice(at, at + trigger.length)), sentence.slice(at + trigger.length)];
}
