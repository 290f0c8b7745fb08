// The filter bar: what the user asked for, and whether an event matches it.

const COUNTRY = /^[A-Za-z]{3}$/;

export function readFilters(form) {
  const value = (name) => form.elements[name].value.trim();
  const actor = value('actor');
  return {
    type: value('type'),
    status: value('status'),
    actor: actor.toLowerCase(),
    country: COUNTRY.test(actor) ? actor.toUpperCase() : '',
    q: value('q').toLowerCase(),
  };
}

export function actorsOf(event) {
  return [...(event.participants || []), ...(event.speaker ? [event.speaker] : [])];
}

export function matches(event, f) {
  if (f.type && event.type !== f.type) return false;
  if (f.status && event.status !== f.status) return false;
  const actors = actorsOf(event);
  if (f.actor) {
    const byName = actors.some((a) => (a.name || '').toLowerCase().includes(f.actor) || (a.id || '') === f.actor);
    const byCountry = f.country && actors.some((a) => a.country === f.country);
    if (!byName && !byCountry) return false;
  }
  if (f.q) {
    const text = [
      ...actors.flatMap((a) => [a.name, a.title]),
      event.quote, event.location && event.location.name, event.mode,
    ].filter(Boolean).join('\n').toLowerCase();
    if (!text.includes(f.q)) return false;
  }
  return true;
}
