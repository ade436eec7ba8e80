package dev.tfguard.bench;

import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Body;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.HclParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput of {@link HclParser} over the native-syntax files of the HCL conformance corpus,
 * all read into memory first. The {@code bytes} counter is reported per second: divide by 10^6 for
 * MB/s. The corpus is found at {@code -Dtfguard.corpus=DIR}, else {@code ../shared/hcl-corpus} or
 * {@code /work/shared/hcl-corpus}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ParserBenchmark {

    private List<byte[]> files;
    private long totalBytes;

    /** Bytes parsed, reported as a rate next to the operation rate. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Parsed {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void load() throws IOException {
        Path corpus = corpus().resolve("files");
        files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".tf") || name.endsWith(".tfvars")) {
                    byte[] bytes = Files.readAllBytes(p);
                    files.add(bytes);
                    totalBytes += bytes.length;
                }
            }
        }
        if (files.isEmpty()) {
            throw new UncheckedIOException(new IOException("no .tf files under " + corpus));
        }
    }

    private static Path corpus() {
        String configured = System.getProperty("tfguard.corpus");
        List<Path> candidates =
                configured != null
                        ? List.of(Path.of(configured))
                        : List.of(
                                Path.of("")
                                        .toAbsolutePath()
                                        .getParent()
                                        .resolve("shared/hcl-corpus"),
                                Path.of("/work/shared/hcl-corpus"));
        for (Path p : candidates) {
            if (Files.isDirectory(p.resolve("files"))) {
                return p;
            }
        }
        throw new IllegalStateException("HCL corpus not found; pass -Dtfguard.corpus=DIR");
    }

    /** Parses every corpus file once. */
    @Benchmark
    public void parseCorpus(Parsed parsed, Blackhole bh) {
        for (byte[] f : files) {
            bh.consume(HclParser.parse("bench.tf", f));
        }
        parsed.bytes += totalBytes;
    }

    /** Parses every corpus file and asks every attribute for its references, as the loader does. */
    @Benchmark
    public void parseCorpusWithReferences(Parsed parsed, Blackhole bh) {
        for (byte[] f : files) {
            ConfigFile file = HclParser.parse("bench.tf", f);
            references(file.body(), bh);
        }
        parsed.bytes += totalBytes;
    }

    private static void references(Body body, Blackhole bh) {
        for (Attribute a : body.attributes()) {
            bh.consume(a.expr().references());
        }
        for (Block b : body.blocks()) {
            references(b.body(), bh);
        }
    }
}
