package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.report.Reporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same input gives byte-identical output in every format (issue 10): run after run, in runs
 * side by side on several threads, and whatever order the file system lists the files in. (Parsing
 * on several threads is covered by ParallelLoadTest.)
 */
class DeterminismTest {
    private static final int FOLDERS = 6;
    private static final int FILES = 12;
    private Path root;

    @BeforeEach
    void createRoot() throws IOException {
        // tmpfs lists a folder's entries newest first, so the order files are created in is the
        // order listed
        Path shm = Path.of("/dev/shm");
        root =
                Files.isDirectory(shm) && Files.isWritable(shm)
                        ? Files.createTempDirectory(shm, "tfguard-order")
                        : Files.createTempDirectory("tfguard-order");
    }

    @AfterEach
    void deleteRoot() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * The files of one tree: folders of resources, one calling another as a module, a broken file,
     * warnings.
     */
    private static List<String[]> tree() {
        List<String[]> files = new ArrayList<>();
        for (int d = 0; d < FOLDERS; d++) {
            for (int f = 0; f < FILES; f++) {
                files.add(
                        new String[] {
                            "stack" + d + "/f" + f + ".tf",
                            """
                        resource "aws_kms_key" "k%1$d" {
                          enable_key_rotation = %2$s
                        }

                        resource "aws_elasticache_replication_group" "g%1$d" {
                          replication_group_id = "g%1$d"
                          description          = "g"
                          kms_key_id           = aws_kms_key.k%1$d.arn
                        }
                        """
                                    .formatted(f, f % 2 == 0)
                        });
            }
        }
        files.add(new String[] {"stack0/call.tf", "module \"m\" {\n  source = \"../stack1\"\n}\n"});
        files.add(
                new String[] {
                    "stack2/broken.tf", "resource \"aws_kms_key\" \"x\" {\n  a = = 1\n}\n"
                });
        files.add(new String[] {"stack3/twice.tf", "resource \"aws_kms_key\" \"k0\" {}\n"});
        files.add(
                new String[] {
                    "stack4/vars.tf", "variable \"v\" {}\nlocals {\n  a = 1\n  a = 2\n}\n"
                });
        return files;
    }

    private static void write(Path dir, List<String[]> files) throws IOException {
        for (String[] f : files) {
            Path p = dir.resolve(f[0]);
            Files.createDirectories(p.getParent());
            Files.writeString(p, f[1]);
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("stack0"))) {
            s.forEach(p -> out.add(p.getFileName().toString()));
        }
        return out;
    }

    /** Every format's report and stderr, scanning {@code "."} from {@code dir}. */
    private static List<String> outputs(Path dir) {
        List<String> out = new ArrayList<>();
        for (String format : Reporters.names()) {
            CliTestSupport.Run r = CliTestSupport.runIn(dir, "--format", format, ".");
            assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(3);
            out.add(format + "\n" + r.out() + "\n" + r.err());
        }
        return out;
    }

    @Test
    void outputDoesNotDependOnTheOrderFilesAreListedIn() throws IOException {
        List<String[]> files = tree();
        Path forward = root.resolve("a/work");
        write(forward, files);
        List<String[]> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(10));
        Path other = root.resolve("b/work");
        write(other, shuffled);
        Collections.reverse(shuffled);
        Path reversed = root.resolve("c/work");
        write(reversed, shuffled);

        List<String> expected = outputs(forward);
        assertThat(outputs(other)).isEqualTo(expected);
        assertThat(outputs(reversed)).isEqualTo(expected);
        // the point of the test: where the file system keeps creation order, the listings really
        // differ
        if (root.startsWith("/dev/shm")) {
            assertThat(listing(other)).isNotEqualTo(listing(forward));
            assertThat(listing(reversed)).isNotEqualTo(listing(other));
        }
    }

    @Test
    void outputIsTheSameRunAfterRunAndInRunsSideBySide() throws Exception {
        Path work = root.resolve("work");
        write(work, tree());
        List<String> expected = outputs(work);
        assertThat(outputs(work)).isEqualTo(expected);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> outputs(work)));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
