package dev.readout.schemas.serde;

/** Confluent's TopicNameStrategy: a topic's values live under {@code <topic>-value}, keys under {@code <topic>-key}. */
public final class Subjects {

  private Subjects() {}

  public static String topicName(String topic, boolean isKey) {
    return topic + (isKey ? "-key" : "-value");
  }
}
