package dev.tfguard.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What single start-up steps cost in a fresh JVM: run {@code java -cp tfguard-benchmarks.jar
 * dev.tfguard.engine.StartupCosts STEP} once per step and process (bench/startup-costs.sh does,
 * interleaved); it prints the step's wall time in microseconds. Steps: {@code yaml-catalog} (every
 * built-in rule parsed from YAML with the databinding), {@code compiled-catalog} (the catalog as
 * start-up reads it), {@code object-mapper} ({@code new ObjectMapper()}), {@code yaml-factory}
 * ({@code new YAMLFactory()}), {@code picocli} (the scan command line read by picocli), {@code
 * fast-path} (the same read without it), {@code nothing}.
 */
public final class StartupCosts {

    private StartupCosts() {}

    public static void main(String[] args) throws Exception {
        String step = args[0];
        List<byte[]> yaml = step.equals("yaml-catalog") ? builtInYaml() : List.of();
        String[] scan = {"--format", "json", "--fail-on", "HIGH", "main.tf"};
        long start = System.nanoTime();
        Object result =
                switch (step) {
                    case "yaml-catalog" -> {
                        RuleCatalog c = new RuleCatalog();
                        int i = 0;
                        for (byte[] b : yaml) {
                            c.add("rules/" + i++ + ".yaml", b);
                        }
                        yield c;
                    }
                    case "compiled-catalog" -> RuleCatalog.builtIn();
                    case "object-mapper" -> new ObjectMapper();
                    case "yaml-factory" -> new YAMLFactory();
                    case "picocli" -> dev.tfguard.cli.StartupSteps.picocli(scan);
                    case "fast-path" -> dev.tfguard.cli.StartupSteps.fastPath(scan);
                    case "nothing" -> "";
                    default -> throw new IllegalArgumentException(step);
                };
        long micros = (System.nanoTime() - start) / 1000;
        System.out.println(step + " " + micros + (result == null ? " (declined)" : ""));
    }

    private static List<byte[]> builtInYaml() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String name : RuleCatalog.index()) {
            try (InputStream in =
                    RuleCatalog.class.getClassLoader().getResourceAsStream("rules/" + name)) {
                out.add(in.readAllBytes());
            }
        }
        return out;
    }
}
