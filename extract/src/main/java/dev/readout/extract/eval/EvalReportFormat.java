package dev.readout.extract.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.schemas.avro.EventType;
import java.util.Locale;

/** Renders an {@link EvalReport} as a terminal table or as JSON (undefined measures are null). */
public final class EvalReportFormat {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EvalReportFormat() {}

  public static String text(EvalReport report, boolean withErrors) {
    StringBuilder out = new StringBuilder();
    out.append("Scored ").append(report.articles()).append(" articles");
    if (report.optionalMatched() > 0) {
      out.append(" (").append(report.optionalMatched()).append(" optional gold events predicted, not counted)");
    }
    out.append("\n\n");
    out.append(String.format(Locale.ROOT, "%-10s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "TP", "FP", "FN"));
    for (EventType type : EventType.values()) {
      row(out, type.name(), report.score(type));
    }
    row(out, "overall", report.overall());
    out.append("\nOn matched pairs\n");
    field(out, "status", report.status());
    field(out, "date", report.date());
    field(out, "location", report.location());
    field(out, "location country", report.locationCountry());
    PairScore clusters = report.clusters();
    out.append(String.format(Locale.ROOT,
        "%nSame event across articles (pairs of matched mentions)%n  precision %s (%d of %d predicted pairs)%n  recall    %s (%d of %d gold pairs)%n",
        percent(clusters.precision()), clusters.truePairs(), clusters.predictedPairs(),
        percent(clusters.recall()), clusters.truePairs(), clusters.goldPairs()));
    if (withErrors) {
      out.append("\nErrors (").append(report.errors().size()).append(")\n");
      for (EvalError e : report.errors()) {
        out.append(String.format(Locale.ROOT, "  %-8s %-14s %-9s", e.articleId(), e.kind(), e.type()));
        if (e.expected() != null) {
          out.append(" expected ").append(e.expected());
        }
        if (e.actual() != null) {
          out.append(e.expected() != null ? "; got " : " got ").append(e.actual());
        }
        out.append('\n');
        if (e.evidence() != null) {
          out.append("           evidence: ").append(e.evidence()).append('\n');
        }
      }
    } else if (!report.errors().isEmpty()) {
      out.append("\n").append(report.errors().size()).append(" errors; --errors lists them\n");
    }
    return out.toString();
  }

  public static ObjectNode json(EvalReport report, boolean withErrors) {
    ObjectNode root = NODES.objectNode();
    root.put("articles", report.articles());
    ObjectNode types = root.putObject("by_type");
    for (EventType type : EventType.values()) {
      types.set(type.name(), score(report.score(type)));
    }
    root.set("overall", score(report.overall()));
    root.put("optional_matched", report.optionalMatched());
    ObjectNode fields = root.putObject("fields");
    fields.set("status", field(report.status()));
    fields.set("date", field(report.date()));
    fields.set("location", field(report.location()));
    fields.set("location_country", field(report.locationCountry()));
    ObjectNode clusters = root.putObject("clusters");
    clusters.put("true_pairs", report.clusters().truePairs());
    clusters.put("predicted_pairs", report.clusters().predictedPairs());
    clusters.put("gold_pairs", report.clusters().goldPairs());
    number(clusters, "precision", report.clusters().precision());
    number(clusters, "recall", report.clusters().recall());
    root.put("error_count", report.errors().size());
    if (withErrors) {
      ArrayNode errors = root.putArray("errors");
      for (EvalError e : report.errors()) {
        errors.addObject()
            .put("kind", e.kind().name())
            .put("article_id", e.articleId())
            .put("type", e.type().name())
            .put("expected", e.expected())
            .put("actual", e.actual())
            .put("evidence", e.evidence());
      }
    }
    return root;
  }

  private static void row(StringBuilder out, String label, Score s) {
    out.append(String.format(Locale.ROOT, "%-10s %6s %6s %6s %5d %5d %5d%n", label,
        fraction(s.precision()), fraction(s.recall()), fraction(s.f1()),
        s.truePositives(), s.falsePositives(), s.falseNegatives()));
  }

  private static void field(StringBuilder out, String label, FieldAccuracy a) {
    out.append(String.format(Locale.ROOT, "  %-17s %7s (%d of %d)%n", label, percent(a.share()), a.right(), a.total()));
  }

  private static String fraction(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String percent(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
  }

  private static ObjectNode score(Score s) {
    ObjectNode node = NODES.objectNode();
    number(node, "precision", s.precision());
    number(node, "recall", s.recall());
    number(node, "f1", s.f1());
    node.put("tp", s.truePositives()).put("fp", s.falsePositives()).put("fn", s.falseNegatives());
    return node;
  }

  private static ObjectNode field(FieldAccuracy a) {
    ObjectNode node = NODES.objectNode().put("right", a.right()).put("total", a.total());
    number(node, "share", a.share());
    return node;
  }

  private static void number(ObjectNode node, String name, double value) {
    if (Double.isNaN(value)) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }
}
