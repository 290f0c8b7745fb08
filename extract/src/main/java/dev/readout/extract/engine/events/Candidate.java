package dev.readout.extract.engine.events;

import dev.readout.extract.engine.actors.ActorSpan;
import dev.readout.extract.engine.actors.Entity;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.avro.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An event found in one sentence, filled in by the later stages (status, date, place,
 * confidence) before it becomes an {@code EventMention}.
 */
public final class Candidate {

  /** An actor taking part, with the words that named it. */
  public record Participant(Entity entity, String mention) {}

  public EventType type;
  public String mode;
  public EventStatus status = EventStatus.OCCURRED;
  public final List<Participant> participants = new ArrayList<>();
  public Participant speaker;
  public ActorSpan speakerSpan;
  public String quote;
  /** The sentence holding the evidence. */
  public int sentence;
  /** The trigger token: the event word or the attribution verb. */
  public int trigger;
  /** The trigger's words. */
  public String triggerText;
  /** Tokens [from, to) whose words may hold the event's date and place (outside the content). */
  public int frameFrom;
  public int frameTo;
  /** Tokens [from, to) of a statement's content, or -1. */
  public int contentFrom = -1;
  public int contentTo = -1;
  /** Attributions inside this statement's reported words ("the AU said that Faki announced ..."): no statements of their own. */
  public final List<Candidate> embedded = new ArrayList<>();
  public LocalDate date;
  public DatePrecision datePrecision = DatePrecision.UNKNOWN;
  public String dateText;
  public Place location;
  public double confidence;
  /**
   * A body's own sitting that names no one taking part ("next month's ECOWAS summit"): an event only
   * when it lies ahead; one told as past is the background of other news ("at a G7 meeting last year").
   */
  public boolean sitting;

  /** Takes the day another event was dated with, as precise and as worded as there. */
  public void takeDateOf(Candidate other) {
    date = other.date;
    datePrecision = other.datePrecision;
    dateText = other.dateText;
  }

  /** Takes a date expression's day, precision and words. */
  public void takeDate(dev.readout.extract.engine.time.DateMention m) {
    date = m.date();
    datePrecision = m.precision();
    dateText = m.text();
  }

  /** Dates the event on the publication day, which its words call today. */
  public void takeToday(LocalDate published) {
    date = published;
    datePrecision = DatePrecision.DAY;
    dateText = "today";
  }

  /** A copy with its own participant list. */
  public Candidate copy() {
    Candidate c = new Candidate();
    c.type = type;
    c.mode = mode;
    c.status = status;
    c.participants.addAll(participants);
    c.speaker = speaker;
    c.speakerSpan = speakerSpan;
    c.quote = quote;
    c.sentence = sentence;
    c.trigger = trigger;
    c.triggerText = triggerText;
    c.frameFrom = frameFrom;
    c.frameTo = frameTo;
    c.contentFrom = contentFrom;
    c.contentTo = contentTo;
    c.date = date;
    c.datePrecision = datePrecision;
    c.dateText = dateText;
    c.location = location;
    c.confidence = confidence;
    c.sitting = sitting;
    c.embedded.addAll(embedded);
    return c;
  }

  /** True when this participant (by entity id) is already listed. */
  public boolean hasParticipant(Entity e) {
    for (Participant p : participants) {
      if (p.entity().id().equals(e.id())) {
        return true;
      }
    }
    return false;
  }

  /** Adds the participant unless already listed. */
  public void addParticipant(Entity e, String mention) {
    if (!hasParticipant(e)) {
      participants.add(new Participant(e, mention));
    }
  }
}
