package dev.parallax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parallax} command-line tool: {@code java -jar examples/target/parallax.jar <command>}.
 * Exit codes: 0 success, 1 internal error, 2 bad usage or input.
 *
 * <p>Not thread-safe; one invocation per process.
 */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = ParallaxCli.Version.class,
    description = "Compare how news outlets report the same story: figures, dates, entities, quotes and framing.",
    subcommands = {
      AnalyzeCommand.class,
      CompareCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      FramingCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ParallaxCli implements Runnable {

  /** Exit code for bad usage or bad input. */
  public static final int EXIT_USAGE = 2;

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the tool with the given streams and returns the exit code (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = false;
    for (String a : args) {
      if (a.equals("--debug")) {
        debug = true;
      }
    }
    final boolean showStack = debug;
    CommandLine cl = new CommandLine(new ParallaxCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("parallax: " + ex.getMessage());
          err.println("Try 'parallax " + commandPath(ex.getCommandLine()) + " --help'.");
          err.flush();
          return EXIT_USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (showStack) {
            ex.printStackTrace(err);
          }
          if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
            err.println("parallax: " + ex.getMessage());
            err.flush();
            return EXIT_USAGE;
          }
          err.println("parallax: internal error: " + ex + (showStack ? "" : " (run with --debug for details)"));
          err.flush();
          return 1;
        });
    return cl.execute(args);
  }

  private static String commandPath(CommandLine cl) {
    String name = cl.getCommandName();
    return name.equals("parallax") ? "" : name;
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ParallaxCli.class.getPackage().getImplementationVersion();
      return new String[] {"parallax " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
