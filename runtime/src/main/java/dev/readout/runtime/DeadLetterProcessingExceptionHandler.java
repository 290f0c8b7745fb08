package dev.readout.runtime;

import io.micrometer.core.instrument.Metrics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record whose processing failed to Kafka Streams' dead-letter topic ({@code
 * errors.dead.letter.queue.topic.name}, KIP-1034) and resumes, so one bad record never stops a
 * service. The record keeps its original key and value bytes and gets the built-in {@code
 * __streams.errors.*} headers plus {@value DeadLetterHeaders#REASON}: the code of a {@link
 * RejectedRecordException}, else {@value DeadLetterHeaders#REASON_PROCESSING_FAILURE}.
 *
 * <p>Rejections are counted in {@link Activity} and in {@code readout_dead_letters_total{service,
 * reason}}, and logged at debug; unexpected failures are logged with their stack trace, since
 * they are bugs.
 */
public class DeadLetterProcessingExceptionHandler implements ProcessingExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingExceptionHandler.class);

  /** Micrometer counter of dead-lettered records, tagged {@code service} and {@code reason}. */
  public static final String DEAD_LETTERS_METRIC = "readout.dead.letters";
  /** Activity counter name prefix: {@code dead-lettered <REASON>}. */
  public static final String DEAD_LETTERED = "dead-lettered ";

  private String deadLetterTopic;
  private Activity activity;

  @Override
  public void configure(Map<String, ?> configs) {
    Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    deadLetterTopic = topic == null ? null : topic.toString();
    activity = Activity.ofApplication(String.valueOf(configs.get(StreamsConfig.APPLICATION_ID_CONFIG)));
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    RejectedRecordException rejection = rejection(exception);
    String reason = rejection != null ? rejection.reason() : DeadLetterHeaders.REASON_PROCESSING_FAILURE;
    String where = context.topic() + "-" + context.partition() + "@" + context.offset();
    if (rejection != null) {
      log.debug("rejected {} {}: {}", where, reason, rejection.getMessage());
    } else {
      log.warn("failed to process {} at {}; sent to the dead-letter topic", where, context.processorNodeId(), exception);
    }
    activity.count(DEAD_LETTERED + reason);
    Metrics.counter(DEAD_LETTERS_METRIC, "service", activity.service(), "reason", reason).increment();
    List<ProducerRecord<byte[], byte[]>> dlq = ExceptionHandlerUtils.maybeBuildDeadLetterQueueRecords(
        deadLetterTopic, context.sourceRawKey(), context.sourceRawValue(), context, exception);
    dlq.forEach(r -> r.headers().add(DeadLetterHeaders.REASON, reason.getBytes(StandardCharsets.UTF_8)));
    return Response.resume(dlq);
  }

  private static RejectedRecordException rejection(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RejectedRecordException r) {
        return r;
      }
    }
    return null;
  }
}
