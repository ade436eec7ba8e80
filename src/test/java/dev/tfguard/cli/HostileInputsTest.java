package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits and hostile input through the whole command (issue 10): each bad input ends in one {@code
 * tfguard: file:line: message} line and exit 3, quickly and without a stack trace, while the good
 * input beside it is still scanned and reported.
 */
class HostileInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD_KEY = "resource \"aws_kms_key\" \"good\" {}\n";
    private static final String PLAN_HEAD = "{\"format_version\":\"1.2\",\"resource_changes\":[";

    private static CliTestSupport.Run scan(Path dir, String... paths) {
        List<String> args = new ArrayList<>(List.of("--format", "json"));
        args.addAll(List.of(paths));
        return CliTestSupport.runIn(dir, args.toArray(String[]::new));
    }

    /** The error lines on stderr, without the {@code tfguard: } prefix. */
    private static List<String> errors(CliTestSupport.Run r) {
        return r.err()
                .lines()
                .filter(l -> l.startsWith("tfguard: "))
                .map(l -> l.substring(9))
                .toList();
    }

    private static List<String> findings(CliTestSupport.Run r) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out()).get("findings")) {
            out.add(
                    f.get("rule").asText()
                            + " "
                            + f.get("resource").asText()
                            + " "
                            + f.get("file").asText());
        }
        return out;
    }

    private static void assertNoCrash(CliTestSupport.Run r) {
        assertThat(r.err())
                .doesNotContain("internal error")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void deeplyNestedInputIsAnErrorWithItsLine(@TempDir Path dir) throws IOException {
        int depth = 100_000;
        Files.writeString(
                dir.resolve("deep.json"),
                PLAN_HEAD
                        + keyChange("aws_kms_key.deep", "d")
                                .replace(
                                        "\"after\":{",
                                        "\"after\":{\"tags\":"
                                                + "[".repeat(depth)
                                                + "]".repeat(depth)
                                                + ",")
                        + "]}");
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("good.tf"), GOOD_KEY);
        Files.writeString(
                src.resolve("deep.tf"),
                "locals {\n  x = " + "{a = ".repeat(depth) + "1" + "}".repeat(depth) + "\n}\n");
        Files.writeString(
                src.resolve("deep.tf.json"),
                "{\"locals\": {\"x\":\n" + "[".repeat(depth) + "]".repeat(depth) + "}}");
        Files.writeString(
                src.resolve("terraform.tfvars"),
                "\n\nx = " + "[".repeat(depth) + "]".repeat(depth));

        CliTestSupport.Run r = scan(dir, "deep.json", "src");
        assertThat(r.code()).isEqualTo(3);
        assertNoCrash(r);
        assertThat(errors(r))
                .containsExactlyInAnyOrder(
                        "deep.json:1: JSON nested more than 1000 levels deep",
                        "src/deep.tf:2: Nesting too deep: Blocks and expressions are nested more than 1000 levels deep "
                                + "here; tfguard stops reading the file at this point.",
                        "src/deep.tf.json:2: Invalid JSON: The JSON is nested more than 1000 levels deep.",
                        "src/terraform.tfvars:3: Nesting too deep: Blocks and expressions are nested more than 1000 "
                                + "levels deep here; tfguard stops reading the file at this point.");
        assertThat(findings(r)).containsExactly("TFG-KMS-001 aws_kms_key.good src/good.tf");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void gigabyteFilesAreRejectedWithoutReadingThem(@TempDir Path dir) throws IOException {
        // sparse files: a gigabyte each, almost nothing on disk
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, PLAN_HEAD);
        sparse(plan, 1L << 30);
        Path binary = dir.resolve("image.bin");
        sparse(Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}), 1L << 30);
        Path src = Files.createDirectories(dir.resolve("src"));
        sparse(src.resolve("huge.tf"), 1L << 30);
        Files.writeString(src.resolve("good.tf"), GOOD_KEY);

        long start = System.nanoTime();
        CliTestSupport.Run r = scan(dir, "plan.json", "image.bin", "src");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.code()).isEqualTo(3);
        assertNoCrash(r);
        assertThat(errors(r))
                .containsExactlyInAnyOrder(
                        "plan.json:1: invalid JSON: illegal character ((CTRL-CHAR, code 0)): only regular white space "
                                + "(\\r, \\n, \\t) is allowed between tokens",
                        "image.bin:1: not a Terraform plan (terraform show -json output), .tf, .tf.json, .tofu, "
                                + ".tofu.json or .tfvars file, or folder",
                        "src/huge.tf: larger than 64 MB: not read (is this a Terraform file?)");
        assertThat(findings(r)).containsExactly("TFG-KMS-001 aws_kms_key.good src/good.tf");
        // reading three gigabytes would take far longer than this on any disk
        assertThat(millis).isLessThan(15_000);
    }

    private static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void longLinesAndStringsAreReadOrRejectedClearly(@TempDir Path dir) throws IOException {
        String tenMegabytes = "x".repeat(10 << 20);
        Files.writeString(
                dir.resolve("long.tf"),
                "resource \"aws_kms_key\" \"long\" {\n  description = \""
                        + tenMegabytes
                        + "\"\n}\n");
        Files.writeString(
                dir.resolve("plan.json"),
                PLAN_HEAD + keyChange("aws_kms_key.inplan", tenMegabytes) + "]}");
        // over Jackson's 20 M-character limit for one string: a clear error, not an attempt at any
        // cost
        Files.writeString(
                dir.resolve("toolong.json"),
                PLAN_HEAD + keyChange("aws_kms_key.toolong", "y".repeat(21 << 20)) + "]}");

        CliTestSupport.Run r = scan(dir, "long.tf", "plan.json", "toolong.json");
        assertThat(r.code()).isEqualTo(3);
        assertNoCrash(r);
        assertThat(errors(r))
                .containsExactly("toolong.json:1: a JSON value exceeds the parser's size limits");
        assertThat(findings(r))
                .contains(
                        "TFG-KMS-001 aws_kms_key.long long.tf",
                        "TFG-KMS-001 aws_kms_key.inplan null");
        assertThat(r.out()).doesNotContain("xxxxxxxxxx");
    }

    private static String keyChange(String address, String description) {
        String name = address.substring(address.indexOf('.') + 1);
        return "{\"address\":\""
                + address
                + "\",\"mode\":\"managed\",\"type\":\"aws_kms_key\",\"name\":\""
                + name
                + "\",\"change\":{\"actions\":[\"create\"],\"after\":{\"description\":\""
                + description
                + "\",\"enable_key_rotation\":false}}}";
    }

    @Test
    void invalidUtf8IsReportedWhereItIs(@TempDir Path dir) throws IOException {
        Files.write(
                dir.resolve("bad.tf"),
                bytes("resource \"aws_kms_key\" \"k\" {\n  description = \"caf", 0xC3, "\"\n}\n"));
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.write(
                plans.resolve("bad.json"),
                bytes(PLAN_HEAD + "\n\n{\"address\":\"a", 0xE9, "b\"}]}"));
        Files.writeString(dir.resolve("good.tf"), GOOD_KEY);
        CliTestSupport.Run r = scan(dir, ".", "plans/bad.json");
        assertThat(r.code()).isEqualTo(3);
        assertNoCrash(r);
        assertThat(errors(r))
                .containsExactlyInAnyOrder(
                        "bad.tf:2: Invalid character encoding: All input files must be UTF-8 encoded. Ensure that UTF-8 "
                                + "encoding is selected in your editor.",
                        "plans/bad.json:3: invalid JSON: invalid UTF-8 middle byte 0x62");
        assertThat(findings(r)).containsExactly("TFG-KMS-001 aws_kms_key.good good.tf");
    }

    private static byte[] bytes(String before, int b, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        out[head.length] = (byte) b;
        System.arraycopy(tail, 0, out, head.length + 1, tail.length);
        return out;
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void symbolicLinkLoopsAndBrokenLinksAreReportedAndSkipped(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("good.tf"), GOOD_KEY);
        try {
            Files.createSymbolicLink(dir.resolve("self.tf"), Path.of("self.tf"));
            Files.createSymbolicLink(dir.resolve("gone.tf"), Path.of("nowhere.tf"));
            Path sub = Files.createDirectories(dir.resolve("sub"));
            Files.createSymbolicLink(sub.resolve("up"), Path.of(".."));
            Files.createSymbolicLink(sub.resolve("round"), Path.of("../sub"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        CliTestSupport.Run r = scan(dir, ".");
        assertThat(r.code()).isEqualTo(3);
        assertNoCrash(r);
        assertThat(errors(r))
                .containsExactly(
                        "gone.tf: cannot read: a symbolic link to a missing file",
                        "self.tf: cannot read: symbolic link loop");
        assertThat(findings(r)).containsExactly("TFG-KMS-001 aws_kms_key.good good.tf");
    }

    /**
     * A folder reached through a link is scanned, once, under its own path when the scan reaches
     * that too.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void linkedFoldersAreScannedOnce(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("stacks/real"));
        Files.writeString(real.resolve("main.tf"), GOOD_KEY);
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("main.tf"), GOOD_KEY.replace("good", "shared"));
        try {
            Files.createSymbolicLink(dir.resolve("link"), Path.of("stacks/real"));
            Files.createSymbolicLink(real.resolve("linked-in"), Path.of("../../shared"));
            Files.createSymbolicLink(real.resolve("back"), Path.of(".."));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        CliTestSupport.Run viaLink = scan(dir, "link");
        assertThat(viaLink.code()).as(viaLink.err()).isEqualTo(1);
        assertThat(findings(viaLink))
                .containsExactly(
                        "TFG-KMS-001 aws_kms_key.shared link/linked-in/main.tf",
                        "TFG-KMS-001 aws_kms_key.good link/main.tf");

        CliTestSupport.Run whole = scan(dir, ".");
        assertThat(whole.code()).as(whole.err()).isEqualTo(1);
        assertThat(findings(whole))
                .containsExactly(
                        "TFG-KMS-001 aws_kms_key.shared shared/main.tf",
                        "TFG-KMS-001 aws_kms_key.good stacks/real/main.tf");
    }

    @Test
    void unreadableFilesAndFoldersAreReportedAndSkipped(@TempDir Path dir) throws IOException {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "POSIX permissions");
        Files.writeString(dir.resolve("good.tf"), GOOD_KEY);
        Path secret =
                Files.writeString(dir.resolve("locked.tf"), GOOD_KEY.replace("good", "locked"));
        Path closed = Files.createDirectories(dir.resolve("closed"));
        Files.writeString(closed.resolve("main.tf"), GOOD_KEY.replace("good", "closed"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            // root (as in many containers) reads anything: then there is nothing to test
            assumeFalse(
                    Files.isReadable(secret), "file permissions are not enforced for this user");
            CliTestSupport.Run r = scan(dir, ".");
            assertThat(r.code()).isEqualTo(3);
            assertNoCrash(r);
            assertThat(errors(r))
                    .containsExactlyInAnyOrder(
                            "closed: cannot read: permission denied",
                            "locked.tf: cannot read: permission denied");
            assertThat(findings(r)).containsExactly("TFG-KMS-001 aws_kms_key.good good.tf");
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void terraformAndHiddenFoldersAreNotScanned(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), GOOD_KEY);
        for (String hidden :
                List.of(".terraform/modules/vpc", ".git/x", "env/.terraform/providers")) {
            Path d = Files.createDirectories(dir.resolve(hidden));
            Files.writeString(
                    d.resolve("main.tf"), "resource \"aws_kms_key\" \"hidden\" {}\nresource {{{\n");
        }
        CliTestSupport.Run r = scan(dir, ".");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(findings(r)).containsExactly("TFG-KMS-001 aws_kms_key.good main.tf");
    }

    @Test
    void fileNamesWithSpacesAndUnicodeArePrintedAsTheyAre(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("my stack/ünïcødé 日本"));
        Files.writeString(folder.resolve("main key.tf"), GOOD_KEY);
        Files.writeString(folder.resolve("brøken file.tf"), "resource \"x\" {\n  a = = 1\n}\n");
        CliTestSupport.Run r = scan(dir, "my stack");
        assertThat(r.code()).isEqualTo(3);
        assertThat(errors(r))
                .hasSize(1)
                .allMatch(e -> e.startsWith("my stack/ünïcødé 日本/brøken file.tf:"));
        assertThat(findings(r))
                .containsExactly("TFG-KMS-001 aws_kms_key.good my stack/ünïcødé 日本/main key.tf");
        CliTestSupport.Run sarif = CliTestSupport.runIn(dir, "--format", "sarif", "my stack");
        assertThat(sarif.out())
                .contains(
                        "\"uri\": \"my%20stack/%C3%BCn%C3%AFc%C3%B8d%C3%A9%20%E6%97%A5%E6%9C%AC"
                                + "/main%20key.tf\"");
    }

    /**
     * A million tiny resources in a plan, read in a child JVM whose heap is a fraction of the
     * plan's size; and the same plan in a heap too small for it ends in exit 4 with a message, not
     * in the JVM's exit 1 (which CI would read as "findings").
     */
    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void millionResourcePlanLoadsInBoundedMemory(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        int count = 1_000_000;
        try (BufferedWriter w = Files.newBufferedWriter(plan, StandardCharsets.UTF_8)) {
            w.write(PLAN_HEAD);
            for (int i = 0; i < count; i++) {
                w.write(i == 0 ? "" : ",");
                w.write(
                        "{\"address\":\"aws_s3_object.o"
                                + i
                                + "\",\"mode\":\"managed\",\"type\":\"aws_s3_object\","
                                + "\"name\":\"o"
                                + i
                                + "\",\"change\":{\"actions\":[\"create\"],\"after\":{\"key\":\"k\"}}}");
            }
            w.write(
                    ",{\"address\":\"aws_kms_key.last\",\"mode\":\"managed\",\"type\":\"aws_kms_key\",\"name\":\"last\","
                            + "\"change\":{\"actions\":[\"create\"],\"after\":{\"enable_key_rotation\":false}}}]}");
        }
        assertThat(Files.size(plan)).isGreaterThan(130L << 20);

        Process ok = childJvm(dir, "-Xmx512m", plan, false);
        String out = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ok.waitFor()).as(out).isEqualTo(1);
        assertThat(out).contains("\"resource\" : \"aws_kms_key.last\"").contains("\"errors\" : 0");

        Process small = childJvm(dir, "-Xmx24m", plan, true);
        String err = new String(small.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(small.waitFor()).as(err).isEqualTo(4);
        assertThat(err).contains("tfguard: internal error: out of memory").contains("-Xmx");
    }

    /**
     * tfguard in a JVM of its own with {@code heap}; its output is stdout, with stderr when {@code
     * withErr}.
     */
    private static Process childJvm(Path dir, String heap, Path plan, boolean withErr)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb =
                new ProcessBuilder(
                                java,
                                heap,
                                "-XX:+UseSerialGC",
                                "-cp",
                                System.getProperty("java.class.path"),
                                "dev.tfguard.cli.Main",
                                "--format",
                                "json",
                                plan.toString())
                        .directory(dir.toFile());
        return (withErr
                        ? pb.redirectErrorStream(true)
                        : pb.redirectError(ProcessBuilder.Redirect.DISCARD))
                .start();
    }

    /**
     * Found by PlanLoaderFuzzTest: an error that quotes a value of the input printed its newlines,
     * so one error became several lines (one of which could pass for a line of tfguard's own).
     * Issue 10.
     */
    @Test
    void errorsAndWarningsStayOnOneLineWhateverTheyQuote(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("plan.json"),
                "{\"format_version\": \"9\\ntfguard: fake.tf:1: x\", "
                        + "\"resource_changes\": []}");
        Files.writeString(
                dir.resolve("main.tf"),
                "module \"m\" {\n  source = <<EOT\nline one\nline two\nEOT\n}\n");
        CliTestSupport.Run r =
                CliTestSupport.runIn(dir, "--format", "json", "plan.json", "main.tf");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines())
                .containsExactly(
                        "tfguard: warning: main.tf:1: module \"m\": source <<EOT\\nline one\\nline two\\nEOT is not installed; "
                                + "run terraform init (or tofu init) in . to scan it; its resources are not scanned",
                        "tfguard: plan.json:1: unsupported plan format_version \"9\\ntfguard: fake.tf:1...\" (tfguard reads "
                                + "format 0.x and 1.x)");
    }

    /** Found by ScanFuzzTest (issue 10): a module source with a NUL byte was an internal error. */
    @Test
    void moduleSourceThatNoPathCanHoldIsAWarning(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("main.tf"),
                "module \"m\" {\n  source = \"./a\u0000b\"\n}\n" + GOOD_KEY);
        CliTestSupport.Run r = scan(dir, ".");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertNoCrash(r);
        assertThat(JSON.readTree(r.out()).get("warnings").get(0).get("message").asText())
                .startsWith("main.tf:1: module \"m\": source ");
        assertThat(findings(r)).containsExactly("TFG-KMS-001 aws_kms_key.good main.tf");
    }

    /**
     * A list, an object or a number where Terraform wants a bool or a string: Terraform rejects it,
     * tfguard judges it and goes on. Found by PlanLoaderFuzzTest (TFG-EC-009 on a list), then by
     * this test (the global datastore check and TFG-KMS-001). Issue 10.
     */
    @Test
    void wronglyTypedValuesAreJudgedNotCrashedOn(@TempDir Path dir) throws IOException {
        String template =
                """
                resource "aws_kms_key" "k" {
                  enable_key_rotation = V
                  key_usage = V
                  customer_master_key_spec = V
                  is_enabled = V
                  policy = V
                }
                resource "aws_security_group" "sg" {
                  ingress {
                    from_port = V
                    to_port = V
                    protocol = V
                    cidr_blocks = V
                  }
                }
                resource "aws_elasticache_replication_group" "g" {
                  replication_group_id = V
                  description = V
                  engine = V
                  engine_version = V
                  at_rest_encryption_enabled = V
                  transit_encryption_enabled = V
                  transit_encryption_mode = V
                  auth_token = V
                  auth_token_update_strategy = V
                  user_group_ids = V
                  kms_key_id = V
                  automatic_failover_enabled = true
                  multi_az_enabled = V
                  snapshot_retention_limit = V
                  auto_minor_version_upgrade = V
                  subnet_group_name = V
                  port = V
                  security_group_ids = [aws_security_group.sg.id]
                  global_replication_group_id = V
                  num_cache_clusters = V
                  node_type = V
                }
                resource "aws_elasticache_cluster" "c" {
                  engine = V
                  num_cache_nodes = V
                  az_mode = V
                  snapshot_retention_limit = V
                  subnet_group_name = V
                  port = V
                  auto_minor_version_upgrade = V
                  engine_version = V
                  security_group_ids = [aws_security_group.sg.id]
                }
                resource "aws_elasticache_cluster" "memcached" {
                  engine = "memcached"
                  num_cache_nodes = 3
                  az_mode = V
                  port = V
                }
                resource "aws_elasticache_serverless_cache" "s" {
                  engine = V
                  kms_key_id = V
                  user_group_id = V
                }
                """;
        for (String v : List.of("[1]", "{ a = 1 }", "1.5", "null", "\"x\"", "true", "[]", "{}")) {
            Files.writeString(dir.resolve("main.tf"), template.replace("V", v));
            CliTestSupport.Run r = scan(dir, ".");
            assertThat(r.code()).as(v + ": " + r.err()).isIn(0, 1);
            assertNoCrash(r);
        }
    }
}
