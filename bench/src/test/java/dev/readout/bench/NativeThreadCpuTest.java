package dev.readout.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NativeThreadCpuTest {

  @Test
  void ticksAreUserPlusSystemTimeCountedAfterTheParenthesisedName() {
    // A thread name may hold spaces and parentheses; fields are counted after the last ')'.
    String stat = "4242 (C2 Compiler) (x)) S 1 1 1 0 -1 4194304 124 0 0 0 1234 56 0 0 20 0 1 0 3086915";

    assertThat(NativeThreadCpu.ticks(stat)).isEqualTo(1234 + 56);
  }

  @Test
  void hiddenThreadsAreToldApartByTheirOsName() {
    assertThat(NativeThreadCpu.kindOf("C2 CompilerThre")).isEqualTo(NativeThreadCpu.JIT);
    assertThat(NativeThreadCpu.kindOf("C1 CompilerThre")).isEqualTo(NativeThreadCpu.JIT);
    assertThat(NativeThreadCpu.kindOf("GC Thread#1")).isEqualTo(NativeThreadCpu.GC);
    assertThat(NativeThreadCpu.kindOf("G1 Conc#0")).isEqualTo(NativeThreadCpu.GC);
    assertThat(NativeThreadCpu.kindOf("rocksdb:low")).isEqualTo(NativeThreadCpu.ROCKSDB);
    assertThat(NativeThreadCpu.kindOf("readout-extrac")).as("a Java thread ThreadMXBean already counts").isNull();
    assertThat(NativeThreadCpu.kindOf("data-plane-kafk")).isNull();
  }

  @Test
  void everyKindIsReportedAndNoneIsNegative() {
    NativeThreadCpu cpu = new NativeThreadCpu();

    assertThat(cpu.sinceStart()).containsOnlyKeys(NativeThreadCpu.JIT, NativeThreadCpu.GC, NativeThreadCpu.ROCKSDB)
        .allSatisfy((kind, seconds) -> assertThat(seconds).as("CPU seconds of %s", kind).isNotNegative());
  }
}
