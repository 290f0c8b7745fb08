package dev.readout.schemas;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.Place;
import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.Test;

class AvroContractsTest {

  @Test
  void everyGeneratedClassOfTheContractsIsTrustedAfterTrust() {
    AvroContracts.trust();
    for (Class<?> type :
        new Class<?>[] {EventMention.class, Event.class, Place.class, ActorKind.class, DatePrecision.class}) {
      assertThatCode(() -> ClassSecurityValidator.validate(type))
          .as("%s should be trusted by Avro's class validator", type.getName())
          .doesNotThrowAnyException();
    }
  }

  @Test
  void classesOutsideTheContractsStayForbidden() {
    AvroContracts.trust();
    assertThatThrownBy(() -> ClassSecurityValidator.validate(java.lang.ProcessBuilder.class))
        .as("trusting the contracts must not open Avro to arbitrary classes")
        .isInstanceOf(SecurityException.class);
  }
}
