package dev.readout.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./readout} launcher: wires the modules' entry points, holds no logic of its own. */
@Command(
    name = "readout",
    mixinStandardHelpOptions = true,
    versionProvider = ReadoutVersion.class,
    description = "Streaming diplomatic-event extraction: who met, called and said what.",
    subcommands = {
      CommandLine.HelpCommand.class,
      UpCommand.class,
      RunCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      ReplayCommand.class,
      BenchCommand.class,
      DemoCommand.class,
    })
public final class Readout implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Readout()).execute(args));
  }
}
