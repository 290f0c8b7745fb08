// The sink's HTTP API and live stream.

/** The newest events matching the filter bar's values (all when none is set). */
export async function fetchEvents(filters = {}, limit = 500) {
  const params = new URLSearchParams({ limit: String(limit) });
  if (filters.type) params.set('type', filters.type);
  if (filters.status) params.set('status', filters.status);
  if (filters.country) params.set('country', filters.country);
  else if (filters.actor) params.set('actor', filters.actor);
  if (filters.q) params.set('q', filters.q);
  return getJson(`/api/events?${params}`);
}

export async function fetchEvent(id) {
  return getJson(`/api/events/${encodeURIComponent(id)}`);
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `${path} answered ${response.status}`);
  return body;
}

/**
 * Follows /api/stream. The browser reconnects by itself and sends Last-Event-ID, so the sink
 * replays what was missed; a `reset` means too much was missed and the caller reloads.
 */
export function follow({ onUpsert, onDelete, onReset, onState }) {
  const source = new EventSource('/api/stream');
  const parse = (handler) => (message) => {
    try {
      handler(JSON.parse(message.data));
    } catch (error) {
      console.warn('unreadable change', error);
    }
  };
  source.addEventListener('open', () => onState('live'));
  source.addEventListener('error', () => onState(source.readyState === EventSource.CLOSED ? 'down' : 'connecting'));
  source.addEventListener('upsert', parse(onUpsert));
  source.addEventListener('delete', parse(onDelete));
  source.addEventListener('reset', () => onReset());
  return source;
}
