package dev.parallax.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.json.ParallaxJson;
import dev.parallax.tools.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Executes every notebook in {@code examples/notebooks} headless on the real rapaio Java kernel
 * (through {@code examples/notebooks/run.sh}, which retries a notebook once) and checks that no cell
 * failed. Runs after {@code package}, because the notebooks load {@code examples/target/parallax.jar}.
 * Skipped when Jupyter or the kernel is not set up, except in CI.
 */
class NotebooksIT {

  private static final Path NOTEBOOKS = Path.of("notebooks");

  @Test
  void everyNotebookExecutesOnTheJavaKernelWithoutAFailingCell() throws Exception {
    ExternalTools.require("/usr/bin/jupyter", "bash examples/notebooks/setup.sh");
    ExternalTools.requireFile(
        NOTEBOOKS.resolve("target/jupyter/kernels/rapaio-jupyter-kernel/kernel.json").toString(),
        "bash examples/notebooks/setup.sh");
    List<Path> notebooks = notebooks(NOTEBOOKS);
    assertThat(notebooks).hasSizeGreaterThanOrEqualTo(3);

    Path log = Files.createTempFile("notebooks", ".log");
    Process p =
        new ProcessBuilder("bash", NOTEBOOKS.resolve("run.sh").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    boolean done = p.waitFor(20, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    System.out.print(output);
    assertThat(done).as("notebooks finished within 20 minutes: " + output).isTrue();
    assertThat(p.exitValue()).as(output).isZero();

    for (Path nb : notebooks) {
      Path executed = NOTEBOOKS.resolve("target/executed").resolve(nb.getFileName());
      JsonNode root = ParallaxJson.mapper().readTree(executed.toFile());
      int code = 0;
      for (JsonNode cell : root.get("cells")) {
        if (!cell.get("cell_type").asText().equals("code")) {
          continue;
        }
        code++;
        for (JsonNode out : cell.get("outputs")) {
          assertThat(out.get("output_type").asText()).as(nb + " cell output " + out).isNotEqualTo("error");
        }
        assertThat(cell.get("execution_count").isNumber()).as(nb + ": every code cell ran").isTrue();
      }
      assertThat(code).as(nb + " has code cells").isPositive();
      JsonNode first = root.get("cells").get(0);
      assertThat(first.get("cell_type").asText()).isEqualTo("markdown");
      assertThat(text(first.get("source"))).contains("**What it shows:**").contains("**Data it needs:**");
    }
  }

  @Test
  void theCommittedNotebooksContainTheirOutputs() throws IOException {
    for (Path nb : notebooks(NOTEBOOKS)) {
      JsonNode root = ParallaxJson.mapper().readTree(nb.toFile());
      int withOutput = 0;
      int code = 0;
      int rich = 0;
      for (JsonNode cell : root.get("cells")) {
        if (cell.get("cell_type").asText().equals("code")) {
          code++;
          if (cell.get("outputs").size() > 0) {
            withOutput++;
          }
          for (JsonNode out : cell.get("outputs")) {
            String html = text(out.path("data").path("text/html"));
            if (html.contains("<table") || html.contains("<svg")) {
              rich++;
            }
          }
        }
      }
      assertThat(withOutput).as(nb + ": code cells with outputs").isGreaterThanOrEqualTo(code / 2);
      assertThat(rich).as(nb + ": tables or charts among the outputs").isPositive();
      assertThat(root.at("/metadata/kernelspec/name").asText()).isEqualTo("rapaio-jupyter-kernel");
    }
  }

  private static List<Path> notebooks(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList());
    }
  }

  private static String text(JsonNode source) {
    if (source.isMissingNode() || source.isNull()) {
      return "";
    }
    if (source.isTextual()) {
      return source.asText();
    }
    StringBuilder sb = new StringBuilder();
    source.forEach(n -> sb.append(n.asText()));
    return sb.toString();
  }
}
