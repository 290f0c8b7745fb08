package dev.readout.schemas.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/** Confluent's wire format: magic byte 0, the schema's 4-byte big-endian registry id, the payload. */
public final class WireFormat {

  public static final byte MAGIC_BYTE = 0;
  public static final int HEADER_SIZE = 5;

  private WireFormat() {}

  /** Writes the header for {@code schemaId} into the first five bytes of {@code target}. */
  static void writeHeader(byte[] target, int schemaId) {
    target[0] = MAGIC_BYTE;
    ByteBuffer.wrap(target, 1, 4).putInt(schemaId);
  }

  /** The schema id of a framed record; a clear error when the bytes are not Confluent-framed. */
  public static int schemaId(byte[] bytes, String topic) {
    if (bytes.length < HEADER_SIZE) {
      throw new SerializationException(
          "Record of topic " + topic + " has " + bytes.length
              + " bytes, fewer than the 5-byte Confluent header: not written by an Avro registry serializer");
    }
    if (bytes[0] != MAGIC_BYTE) {
      throw new SerializationException(
          String.format(
              "Unknown magic byte 0x%02x in a record of topic %s: expected 0x00, the Confluent wire format",
              bytes[0] & 0xff, topic));
    }
    return ByteBuffer.wrap(bytes, 1, 4).getInt();
  }
}
