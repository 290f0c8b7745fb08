package dev.readout.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** A command run in-process through the {@code readout} launcher, with what it printed. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  static CommandRun readout(String... args) {
    return of(new Readout(), args);
  }
}
