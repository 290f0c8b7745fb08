package dev.readout.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

/** Free TCP ports on the loopback interface. */
final class Ports {

  private Ports() {}

  /** A port free right now on 127.0.0.1; another process may still take it before we bind. */
  static int free() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on 127.0.0.1", e);
    }
  }

  /**
   * A free port other than {@code taken}: two ports picked one after the other can be the same,
   * since the first is released before the second is asked for (the registry's HTTP and
   * management ports, the broker's client and controller ports).
   */
  static int freeOtherThan(int... taken) {
    return firstNotIn(Ports::free, taken);
  }

  static int firstNotIn(IntSupplier candidates, int... taken) {
    for (int attempt = 0; attempt < 100; attempt++) {
      int port = candidates.getAsInt();
      if (IntStream.of(taken).noneMatch(t -> t == port)) {
        return port;
      }
    }
    throw new IllegalStateException("No free port on 127.0.0.1 other than " + java.util.Arrays.toString(taken));
  }

  /** True when nothing listens on {@code port} of 127.0.0.1. */
  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
