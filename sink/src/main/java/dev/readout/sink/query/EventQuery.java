package dev.readout.sink.query;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A filter and a page over events, as given by {@code GET /api/events} query parameters.
 *
 * <p>Every filter is optional; given filters must all hold. {@code actor} and {@code q} match
 * case-insensitive substrings (plain {@code contains}, no regular expressions on user input).
 *
 * @param types event types accepted (empty: all)
 * @param statuses statuses accepted (empty: all)
 * @param actor part of a participant's or the speaker's name or id
 * @param country ISO 3166-1 alpha-3 code of a participant's or the speaker's country
 * @param from first event date accepted (events without a date are then excluded)
 * @param to last event date accepted
 * @param text free text searched in names, quote, place and mode
 * @param limit page size
 * @param offset events skipped before the page
 */
public record EventQuery(
    Set<EventType> types,
    Set<EventStatus> statuses,
    String actor,
    String country,
    LocalDate from,
    LocalDate to,
    String text,
    int limit,
    int offset) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;
  public static final int MAX_OFFSET = 100_000;
  public static final int MAX_TEXT = 200;

  public EventQuery {
    types = types.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(types);
    statuses = statuses.isEmpty() ? EnumSet.noneOf(EventStatus.class) : EnumSet.copyOf(statuses);
    actor = lower(actor);
    country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    text = lower(text);
  }

  /** Everything, first page. */
  public static EventQuery all() {
    return new EventQuery(Set.of(), Set.of(), null, null, null, null, null, DEFAULT_LIMIT, 0);
  }

  /**
   * Parses query parameters; a parameter may repeat or hold comma-separated values where it
   * accepts several ({@code type}, {@code status}).
   *
   * @throws BadQueryException naming the parameter and what it accepts
   */
  public static EventQuery parse(Map<String, List<String>> params) {
    return parse(params, MAX_LIMIT);
  }

  /** As {@link #parse(Map)}, with another largest page (instances ask each other for more). */
  public static EventQuery parse(Map<String, List<String>> params, int maxLimit) {
    Set<EventType> types = enums(params, "type", EventType.class);
    Set<EventStatus> statuses = enums(params, "status", EventStatus.class);
    String actor = bounded(params, "actor");
    String country = bounded(params, "country");
    if (country != null && !country.isBlank() && !isAlpha3(country.strip())) {
      throw new BadQueryException("country must be an ISO 3166-1 alpha-3 code such as USA or RUS, got '" + clip(country) + "'");
    }
    LocalDate from = date(params, "from");
    LocalDate to = date(params, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadQueryException("from (" + from + ") is after to (" + to + ")");
    }
    String text = bounded(params, "q");
    int limit = integer(params, "limit", DEFAULT_LIMIT, 1, maxLimit);
    int offset = integer(params, "offset", 0, 0, MAX_OFFSET);
    return new EventQuery(types, statuses, actor, country, from, to, text, limit, offset);
  }

  /** The same filters with another page. */
  public EventQuery page(int newLimit, int newOffset) {
    return new EventQuery(types, statuses, actor, country, from, to, text, newLimit, newOffset);
  }

  /** The query parameters that {@link #parse} reads back into this query. */
  public Map<String, String> toParams() {
    Map<String, String> p = new LinkedHashMap<>();
    if (!types.isEmpty()) p.put("type", join(types));
    if (!statuses.isEmpty()) p.put("status", join(statuses));
    if (actor != null) p.put("actor", actor);
    if (country != null) p.put("country", country);
    if (from != null) p.put("from", from.toString());
    if (to != null) p.put("to", to.toString());
    if (text != null) p.put("q", text);
    p.put("limit", Integer.toString(limit));
    p.put("offset", Integer.toString(offset));
    return p;
  }

  public boolean matches(Event e) {
    if (!types.isEmpty() && !types.contains(e.getType())) return false;
    if (!statuses.isEmpty() && !statuses.contains(e.getStatus())) return false;
    if (from != null && (e.getDate() == null || e.getDate().isBefore(from))) return false;
    if (to != null && (e.getDate() == null || e.getDate().isAfter(to))) return false;
    List<Actor> actors = actorsOf(e);
    if (country != null && actors.stream().noneMatch(a -> country.equals(a.getCountry()))) return false;
    if (actor != null && actors.stream().noneMatch(a -> contains(a.getName(), actor) || contains(a.getId(), actor))) {
      return false;
    }
    return text == null || searchable(e, actors).contains(text);
  }

  /** Participants and the speaker: everyone an event is about. */
  public static List<Actor> actorsOf(Event e) {
    List<Actor> actors = new ArrayList<>(e.getParticipants());
    if (e.getSpeaker() != null) actors.add(e.getSpeaker());
    return actors;
  }

  private static String searchable(Event e, List<Actor> actors) {
    StringBuilder s = new StringBuilder();
    for (Actor a : actors) {
      s.append(a.getName()).append('\n');
      if (a.getTitle() != null) s.append(a.getTitle()).append('\n');
    }
    if (e.getQuote() != null) s.append(e.getQuote()).append('\n');
    if (e.getLocation() != null) s.append(e.getLocation().getName()).append('\n');
    if (e.getMode() != null) s.append(e.getMode()).append('\n');
    return s.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean contains(String haystack, String lowerNeedle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
  }

  private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> params, String name, Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    Function<String, E> parse = v -> {
      try {
        return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        throw new BadQueryException(
            name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", got '" + clip(v) + "'");
      }
    };
    for (String value : params.getOrDefault(name, List.of())) {
      for (String part : value.split(",", 10)) {
        if (!part.isBlank()) result.add(parse.apply(part));
      }
    }
    return result;
  }

  private static String bounded(Map<String, List<String>> params, String name) {
    String value = single(params, name);
    if (value != null && value.length() > MAX_TEXT) {
      throw new BadQueryException(name + " is longer than " + MAX_TEXT + " characters");
    }
    return value;
  }

  private static LocalDate date(Map<String, List<String>> params, String name) {
    String value = single(params, name);
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException ex) {
      throw new BadQueryException(name + " must be a date YYYY-MM-DD, got '" + clip(value) + "'");
    }
  }

  private static int integer(Map<String, List<String>> params, String name, int dflt, int min, int max) {
    String value = single(params, name);
    if (value == null || value.isBlank()) return dflt;
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException ex) {
      throw new BadQueryException(name + " must be a whole number from " + min + " to " + max + ", got '" + clip(value) + "'");
    }
  }

  private static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    if (values.size() > 1) throw new BadQueryException(name + " is given " + values.size() + " times; give it once");
    return values.isEmpty() ? null : values.get(0);
  }

  private static boolean isAlpha3(String s) {
    return s.length() == 3 && s.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
  }

  private static String lower(String s) {
    return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private static String join(Set<? extends Enum<?>> values) {
    return String.join(",", values.stream().map(Enum::name).toList());
  }
}
