// The sink's HTTP API and live stream.

export async function fetchEvents(limit = 500) {
  return getJson(`/api/events?limit=${limit}`);
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
