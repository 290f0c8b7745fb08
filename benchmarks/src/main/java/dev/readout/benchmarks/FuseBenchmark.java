package dev.readout.benchmarks;

import dev.readout.extract.fusion.Fuser;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Time to fuse N mentions of a synthetic news feed ({@link SyntheticMentions}) into events. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class FuseBenchmark {

  @Param({"100", "1000", "10000"})
  public int mentions;

  private final Fuser fuser = new Fuser();
  private List<EventMention> input;

  @Setup(Level.Trial)
  public void setUp() {
    input = SyntheticMentions.generate(mentions, 42);
    System.out.printf("%n%d mentions fuse into %d events%n", input.size(), fuser.fuse(input).size());
  }

  @Benchmark
  public List<Event> fuse() {
    return fuser.fuse(input);
  }
}
