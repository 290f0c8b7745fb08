package dev.readout.ingest.stream;

import dev.readout.ingest.article.ArticlePreparer;
import dev.readout.ingest.article.PreparedArticle;
import dev.readout.runtime.Activity;
import dev.readout.schemas.avro.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Raw JSON to {@link Article}, keyed by article id, timestamped with its publication time.
 * Refused records throw, and the runtime's dead-letter handler takes them.
 */
final class PrepareProcessor implements Processor<String, byte[], String, Article> {

  private final IngestConfig config;
  private final Activity activity;
  private ProcessorContext<String, Article> context;
  private ArticlePreparer preparer;

  PrepareProcessor(IngestConfig config, Activity activity) {
    this.config = config;
    this.activity = activity;
  }

  @Override
  public void init(ProcessorContext<String, Article> context) {
    this.context = context;
    this.preparer = new ArticlePreparer(config.limits(), config.futureTolerance());
  }

  @Override
  public void process(Record<String, byte[]> record) {
    PreparedArticle prepared = preparer.prepare(record.value(), Instant.ofEpochMilli(context.currentSystemTimeMs()));
    Article article = prepared.article();
    Record<String, Article> out = record.withKey(article.getId()).withValue(article)
        .withTimestamp(article.getPublishedAt().toEpochMilli());
    if (prepared.clamped()) {
      activity.count("future timestamps clamped");
      out.headers().remove(IngestHeaders.PUBLISHED_AT_CLAMPED)
          .add(IngestHeaders.PUBLISHED_AT_CLAMPED,
              prepared.claimedPublishedAt().toString().getBytes(StandardCharsets.UTF_8));
    }
    context.forward(out);
  }
}
