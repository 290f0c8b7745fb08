package dev.readout.local;

import java.nio.file.Path;

/** Runs a registry in a separate JVM for {@link OrphanedRegistryTest}, which then kills this JVM. */
public final class RegistryHolder {

  public static void main(String[] args) throws InterruptedException {
    LocalRegistry registry = LocalRegistry.builder().dataDir(Path.of(args[0])).port(Integer.parseInt(args[1])).start();
    System.out.println("READY " + registry.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
