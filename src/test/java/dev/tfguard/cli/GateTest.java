package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a gate that cannot be bypassed or misread. Each test names the item of the issue it
 * holds to.
 */
class GateTest {
    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(Map<String, String> env, boolean terminal, InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.run(
                        args,
                        new PrintWriter(out),
                        new PrintWriter(err),
                        env,
                        terminal,
                        REPO,
                        stdin);
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(Map.of(), false, InputStream.nullInputStream(), args);
    }

    static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    /** rule, resource, file and line of every finding and unverified check of a JSON report. */
    static List<String> keys(JsonNode report) {
        List<String> keys = new java.util.ArrayList<>();
        for (String part : List.of("findings", "unverified")) {
            for (JsonNode f : report.path(part)) {
                keys.add(
                        f.path("rule").asText()
                                + " "
                                + f.path("resource").asText()
                                + " "
                                + f.path("file").asText()
                                + ":"
                                + f.path("line").asText());
            }
        }
        return keys;
    }

    @Test
    void item2PlanNamedWithItsOwnFolderReportsEachFindingOnce() throws IOException {
        Run plan = run("--format", "json", "testdata/plan/insecure/plan.json");
        Run both =
                run(
                        "--format",
                        "json",
                        "testdata/plan/insecure",
                        "testdata/plan/insecure/plan.json");
        List<String> keys = keys(json(both.out()));
        assertThat(keys)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(keys(json(plan.out())));
        assertThat(both.code()).isEqualTo(plan.code());
        // both sources are named: the plan and the folder it overlaps
        assertThat(json(both.out()).path("warnings").toString())
                .contains(
                        "testdata/plan/insecure/plan.json and the scanned folders both hold 3 resources");
    }

    @Test
    void item2OverlappingPathsAndRepeatedPathsReportOnce() throws IOException {
        Run one = run("--format", "json", "testdata/plan/insecure/plan.json");
        Run twice =
                run(
                        "--format",
                        "json",
                        "testdata/plan/insecure/plan.json",
                        "./testdata/plan/insecure/plan.json");
        assertThat(keys(json(twice.out())))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(keys(json(one.out())));
        Run folder = run("--format", "json", "testdata/hcl/scan");
        Run nested =
                run(
                        "--format",
                        "json",
                        "testdata/hcl/scan",
                        "testdata/hcl/scan/main.tf",
                        "testdata/hcl");
        List<String> all = keys(json(nested.out()));
        assertThat(all).doesNotHaveDuplicates().containsAll(keys(json(folder.out())));
    }

    @Test
    void item3FolderWithoutTerraformIsAnInputError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("typo"));
        Files.writeString(empty.resolve("README.md"), "nothing here\n");
        Run r = run("--format", "json", empty.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .startsWith("tfguard: ")
                .contains(
                        "typo: no Terraform files (.tf, .tf.json, .tofu, "
                                + ".tfvars) or plan found");
        assertThat(json(r.out()).path("errors").get(0).path("message").asText())
                .startsWith("no Terraform files");
        Run allowed = run("--allow-empty", "--format", "json", empty.toString());
        assertThat(allowed.code()).isZero();
        assertThat(json(allowed.out()).path("errors")).isEmpty();
        // the same through picocli (an option order that the fast path leaves to it)
        assertThat(
                        run("--format", "json", "--allow-empty", "--quiet", "--", empty.toString())
                                .code())
                .isZero();
    }

    @Test
    void item3FolderHoldingOnlyAPlanSaysAPlanIsReadWhenNamed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plans"));
        Files.copy(Path.of("testdata/plan/insecure/plan.json"), dir.resolve("tfplan.json"));
        Run r = run(dir.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .contains("no Terraform files")
                .contains("read only when named: tfplan.json");
    }

    @Test
    void item7DashReadsAPlanFromStandardInput() throws IOException {
        byte[] plan = Files.readAllBytes(Path.of("testdata/plan/insecure/plan.json"));
        Run file = run("--format", "json", "testdata/plan/insecure/plan.json");
        Run piped = run(Map.of(), false, new ByteArrayInputStream(plan), "--format", "json", "-");
        assertThat(piped.code()).isEqualTo(1);
        Set<String> rules = new HashSet<>();
        json(piped.out())
                .path("findings")
                .forEach(f -> rules.add(f.path("rule").asText() + f.path("resource")));
        Set<String> expected = new HashSet<>();
        json(file.out())
                .path("findings")
                .forEach(f -> expected.add(f.path("rule").asText() + f.path("resource")));
        assertThat(rules).isEqualTo(expected);
        Run empty = run(Map.of(), false, InputStream.nullInputStream(), "-");
        assertThat(empty.code()).isEqualTo(3);
        assertThat(empty.err()).startsWith("tfguard: -: standard input is empty");
    }

    @Test
    void item7UnwritableOutputNamesThePathAndTheReason() throws IOException {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        Path out = file.resolve("x.json");
        Run r =
                run(
                        "--format",
                        "json",
                        "--output",
                        out.toString(),
                        "--format",
                        "text",
                        "testdata/plan/insecure/plan.json");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .isEqualTo(
                        "tfguard: "
                                + out
                                + ": cannot write the report: a file is in the way"
                                + System.lineSeparator());
        // the other report is still written
        assertThat(r.out()).contains("TFG-EC-001");
        Run baseline = run("--baseline-write", out.toString(), "testdata/plan/insecure/plan.json");
        assertThat(baseline.code()).isEqualTo(3);
        assertThat(baseline.err())
                .contains("tfguard: " + out + ": cannot write the baseline: a file is in the way");
    }

    @Test
    void item7HelpCommandAndCompleteHelp() {
        Run help = run("help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: tfguard").contains("Exit codes:");
        Run fix = run("help", "fix");
        assertThat(fix.code()).isZero();
        assertThat(fix.out()).startsWith("Usage: tfguard fix").contains("--diff");
        Run full = run("--help");
        assertThat(full.out())
                .contains("text (default), json, sarif, junit, github or")
                .contains("markdown;");
        // every subcommand's line in the list ends a sentence: none is cut in the middle
        String commands =
                full.out()
                        .substring(
                                full.out().indexOf("Commands:"), full.out().indexOf("Exit codes:"));
        for (String block : commands.split("\n(?=  \\S)")) {
            if (!block.startsWith("Commands:")) {
                assertThat(block.strip()).as(block).endsWith(".");
            }
        }
    }

    /**
     * Every option of the scan command, with the names picocli accepts (a negatable one with its
     * --no- form).
     */
    private static Set<String> optionNames() {
        Set<String> names = new java.util.TreeSet<>();
        var cli =
                ScanCommand.commandLine(
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        Map.of(),
                        false,
                        REPO);
        for (var option : cli.getCommandSpec().options()) {
            for (String n : option.names()) {
                names.add(n);
                if (option.negatable() && n.startsWith("--")) {
                    names.add("--no-" + n.substring(2));
                }
            }
        }
        return names;
    }

    @Test
    void item7ReadmeOptionTableMatchesTheHelp() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        int start = readme.indexOf("| option | meaning |");
        assertThat(start).as("README has the option table").isPositive();
        Set<String> documented = new java.util.TreeSet<>();
        for (String row :
                readme.substring(start)
                        .lines()
                        .skip(2)
                        .takeWhile(l -> l.startsWith("|"))
                        .toList()) {
            String first = row.split("\\|")[1];
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("`(--?[a-zA-Z][-a-zA-Z]*)").matcher(first);
            while (m.find()) {
                documented.add(m.group(1));
            }
        }
        Set<String> help = optionNames();
        String helpText = run("--help").out();
        help.forEach(
                n ->
                        assertThat(
                                        helpText.contains(n)
                                                || helpText.contains("--[no-]" + n.substring(2))
                                                || n.startsWith("--no-")
                                                        && helpText.contains(
                                                                "--[no-]" + n.substring(5)))
                                .as("--help shows " + n)
                                .isTrue());
        assertThat(documented).isEqualTo(help);
    }

    @Test
    void item7ErrorsArePrintedOncePerStreamOnATerminal() {
        Run terminal = run(Map.of(), true, InputStream.nullInputStream(), "does-not-exist.tf");
        assertThat(terminal.code()).isEqualTo(3);
        String both = terminal.out() + terminal.err();
        assertThat(both.split("does-not-exist.tf: no such file", -1)).hasSize(2);
        Run piped = run("does-not-exist.tf");
        assertThat(piped.err()).contains("tfguard: does-not-exist.tf: no such file or folder");
        assertThat(piped.out()).contains("error: does-not-exist.tf: no such file or folder");
    }

    @Test
    void item7ColourFollowsColorNoColorAndDumbTerminals() {
        String plan = "testdata/plan/insecure/plan.json";
        String esc = "\u001b[";
        assertThat(run(Map.of(), true, InputStream.nullInputStream(), plan).out()).contains(esc);
        assertThat(run(Map.of("TERM", "dumb"), true, InputStream.nullInputStream(), plan).out())
                .doesNotContain(esc);
        assertThat(run(Map.of("NO_COLOR", "1"), true, InputStream.nullInputStream(), plan).out())
                .doesNotContain(esc);
        assertThat(run(Map.of("NO_COLOR", ""), true, InputStream.nullInputStream(), plan).out())
                .contains(esc);
        assertThat(run(Map.of(), false, InputStream.nullInputStream(), plan).out())
                .doesNotContain(esc);
        assertThat(run("--color=always", plan).out()).contains(esc);
        assertThat(run("--color", "always", "--quiet", "--", plan).out()).contains(esc);
        assertThat(run(Map.of(), true, InputStream.nullInputStream(), "--color=never", plan).out())
                .doesNotContain(esc);
        Run wrong = run("--color=sometimes", plan);
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err())
                .contains("--color: \"sometimes\" is not one of auto, always, never");
    }

    @Test
    void item7ExplainIsPlainTextOnATerminalAndMarkdownOnRequest() {
        Run text =
                run(
                        Map.of("COLUMNS", "80"),
                        true,
                        InputStream.nullInputStream(),
                        "explain",
                        "TFG-EC-004");
        assertThat(text.code()).isZero();
        assertThat(text.out())
                .startsWith("TFG-EC-004: ElastiCache replication group")
                .doesNotContain("<!--")
                .doesNotContain("```")
                .doesNotContain("| --- |")
                .doesNotContain("## ")
                .contains("severity          HIGH")
                .contains("\n    resource \"aws_elasticache_replication_group\"");
        for (String line : text.out().lines().toList()) {
            if (!line.startsWith("    ")
                    && line.strip().contains(" ")) { // a long URL alone on its line
                assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
            }
        }
        Run markdown =
                run(
                        Map.of(),
                        true,
                        InputStream.nullInputStream(),
                        "explain",
                        "--format",
                        "markdown",
                        "TFG-EC-004");
        assertThat(markdown.out())
                .startsWith("<!-- generated from")
                .contains("# TFG-EC-004:")
                .contains("```hcl");
        Run piped = run("explain", "TFG-EC-004");
        assertThat(piped.out()).isEqualTo(markdown.out());
        assertThat(run("explain", "--format", "text", "TFG-EC-004").out()).doesNotContain("```");
    }

    @Test
    void item7FixLinesDoNotEndInAColon() {
        Run github = run("--format", "github", "testdata/plan/insecure/plan.json");
        List<String> fixes = github.out().lines().filter(l -> l.contains("Fix: ")).toList();
        assertThat(fixes).isNotEmpty();
        for (String line : fixes) {
            String fix = line.substring(line.indexOf("Fix: "));
            assertThat(fix).as(fix).doesNotEndWith(":");
        }
        Run text = run("testdata/plan/insecure/plan.json");
        text.out()
                .lines()
                .filter(l -> l.strip().startsWith("fix:"))
                .forEach(l -> assertThat(l).as(l).doesNotEndWith(":"));
    }

    private static final String INSECURE_CACHE =
            """
            resource "aws_elasticache_replication_group" "cache" {
              replication_group_id       = "cache"
              description                = "cache"
              node_type                  = "cache.t4g.small"
              at_rest_encryption_enabled = false
              transit_encryption_enabled = false
            }
            """;

    private Path twoRoots() throws IOException {
        Path dev = Files.createDirectories(tmp.resolve("envs/dev"));
        Files.writeString(dev.resolve("main.tf"), INSECURE_CACHE);
        return dev;
    }

    private static Set<String> roots(JsonNode report) {
        Set<String> roots = new java.util.TreeSet<>();
        report.path("findings").forEach(f -> roots.add(f.path("root").asText()));
        return roots;
    }

    @Test
    void item1AnInsecureCopyInAnotherRootIsNotInTheBaseline() throws IOException {
        twoRoots();
        CliTestSupport.Run write = CliTestSupport.runIn(tmp, "--baseline-write", "b.json", ".");
        assertThat(write.code()).as(write.err()).isZero();
        JsonNode recorded = json(Files.readString(tmp.resolve("b.json")));
        assertThat(recorded.path("format").asInt()).isEqualTo(2);
        assertThat(recorded.path("findings").get(0).path("root").asText()).isEqualTo("envs/dev");
        assertThat(recorded.path("findings").get(0).path("file").asText())
                .isEqualTo("envs/dev/main.tf");
        CliTestSupport.Run same =
                CliTestSupport.runIn(tmp, "--format", "json", "--baseline", "b.json", ".");
        assertThat(same.code()).isZero();
        assertThat(json(same.out()).path("findings")).isEmpty();

        Files.createDirectories(tmp.resolve("envs/prod"));
        Files.copy(tmp.resolve("envs/dev/main.tf"), tmp.resolve("envs/prod/main.tf"));
        CliTestSupport.Run copied =
                CliTestSupport.runIn(tmp, "--format", "json", "--baseline", "b.json", ".");
        assertThat(copied.code()).isEqualTo(1);
        JsonNode report = json(copied.out());
        assertThat(report.path("findings")).isNotEmpty();
        assertThat(roots(report)).containsExactly("envs/prod");
    }

    @Test
    void item1FingerprintsSurviveUnrelatedLineMovesAndDifferAcrossRoots() throws IOException {
        Path dev = twoRoots();
        assertThat(CliTestSupport.runIn(tmp, "--baseline-write", "b.json", ".").code()).isZero();
        Files.writeString(dev.resolve("main.tf"), "# moved down\n\n\n" + INSECURE_CACHE);
        Files.writeString(dev.resolve("other.tf"), "locals {\n  x = 1\n}\n");
        CliTestSupport.Run moved =
                CliTestSupport.runIn(tmp, "--format", "json", "--baseline", "b.json", ".");
        assertThat(moved.code()).isZero();
        assertThat(json(moved.out()).path("baseline").path("fixed")).isEmpty();

        Files.createDirectories(tmp.resolve("envs/prod"));
        Files.copy(dev.resolve("main.tf"), tmp.resolve("envs/prod/main.tf"));
        CliTestSupport.Run sarif = CliTestSupport.runIn(tmp, "--format", "sarif", ".");
        JsonNode results = json(sarif.out()).path("runs").get(0).path("results");
        Set<String> fingerprints = new HashSet<>();
        results.forEach(r -> fingerprints.add(r.path("partialFingerprints").toString()));
        assertThat(results.size()).isGreaterThan(2);
        assertThat(fingerprints).hasSize(results.size());
    }

    /** The fingerprint format 1 recorded: rule, address and attribute. */
    private static String legacy(String rule, String resource, String attribute) throws Exception {
        byte[] hash =
                java.security.MessageDigest.getInstance("SHA-256")
                        .digest(
                                (rule + "\u0000" + resource + "\u0000" + attribute)
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(hash, 0, 16);
    }

    @Test
    void item1OldBaselinesMatchWithinOneRootWithANotice() throws Exception {
        twoRoots();
        JsonNode scan = json(CliTestSupport.runIn(tmp, "--format", "json", ".").out());
        StringBuilder entries = new StringBuilder();
        for (JsonNode f : scan.path("findings")) {
            String attribute = f.path("attribute").asText("");
            entries.append(entries.length() == 0 ? "" : ",\n")
                    .append("{\"fingerprint\": \"")
                    .append(legacy(f.path("rule").asText(), f.path("resource").asText(), attribute))
                    .append("\", \"rule\": \"")
                    .append(f.path("rule").asText())
                    .append("\", \"resource\": \"")
                    .append(f.path("resource").asText())
                    .append("\", \"attribute\": \"")
                    .append(attribute)
                    .append("\"}");
        }
        Files.writeString(
                tmp.resolve("old.json"),
                "{\"tool\": \"tfguard\", \"format\": 1, \"findings\": [\n" + entries + "]}\n");
        CliTestSupport.Run one =
                CliTestSupport.runIn(tmp, "--format", "json", "--baseline", "old.json", ".");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(json(one.out()).path("findings")).isEmpty();
        assertThat(one.err())
                .contains("old.json: a baseline of format 1")
                .contains("--baseline-write");

        Files.createDirectories(tmp.resolve("envs/prod"));
        Files.copy(tmp.resolve("envs/dev/main.tf"), tmp.resolve("envs/prod/main.tf"));
        CliTestSupport.Run two =
                CliTestSupport.runIn(tmp, "--format", "json", "--baseline", "old.json", ".");
        assertThat(two.code()).isEqualTo(1);
        assertThat(roots(json(two.out()))).containsExactly("envs/dev", "envs/prod");
        assertThat(two.err())
                .contains("several roots and is not taken as known")
                .contains("(in envs/dev, envs/prod)");
    }

    /** A configuration of {@code n} replication groups, each with several findings. */
    private Path manyCaches(int n) throws IOException {
        StringBuilder tf = new StringBuilder();
        for (int i = 0; i < n; i++) {
            tf.append("resource \"aws_elasticache_replication_group\" \"c")
                    .append(i)
                    .append("\" {\n")
                    .append("  replication_group_id = \"c")
                    .append(i)
                    .append("\"\n")
                    .append("  description          = \"cache ")
                    .append(i)
                    .append("\"\n")
                    .append("}\n\n");
        }
        Path dir = Files.createDirectories(tmp.resolve("many"));
        Files.writeString(dir.resolve("main.tf"), tf);
        return dir;
    }

    /** A root whose cache takes its encryption flag and its token from variables. */
    private static final String CACHE_FROM_VARIABLES =
            """
            variable "auth_token" {
              type      = string
              sensitive = true
            }

            variable "encrypt" {
              type    = bool
              default = true
            }

            resource "aws_elasticache_replication_group" "cache" {
              replication_group_id       = "cache"
              description                = "cache"
              engine                     = "redis"
              node_type                  = "cache.t3.micro"
              num_cache_clusters         = 2
              transit_encryption_enabled = true
              at_rest_encryption_enabled = var.encrypt
              auth_token                 = var.auth_token
            }
            """;

    private static final String TOKEN = "s3cr3t-t0ken-value-abcdefgh";

    private static final String PROD_VALUES =
            "encrypt    = false\nauth_token = \"" + TOKEN + "\"\n";

    /** rule, file:line and used_at of every finding of a JSON report. */
    private static List<String> located(JsonNode report) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            out.add(
                    f.path("rule").asText()
                            + " "
                            + f.path("file").asText()
                            + ":"
                            + f.path("line").asText()
                            + (f.has("used_at")
                                    ? " used at "
                                            + f.path("used_at").path("file").asText()
                                            + ":"
                                            + f.path("used_at").path("line").asText()
                                    : ""));
        }
        return out;
    }

    @Test
    void item8NamedTfvarsReportsOnlyTheValuesItGivesAtTheirLines() throws IOException {
        Path prod = Files.createDirectories(tmp.resolve("envs/prod"));
        Files.writeString(prod.resolve("main.tf"), CACHE_FROM_VARIABLES);
        Files.writeString(prod.resolve("prod.tfvars"), PROD_VALUES);

        CliTestSupport.Run json =
                CliTestSupport.runIn(tmp, "--format", "json", "envs/prod/prod.tfvars");
        assertThat(json.code()).as(json.err()).isEqualTo(1);
        JsonNode report = json(json.out());
        assertThat(located(report))
                .containsExactly(
                        "TFG-EC-001 envs/prod/prod.tfvars:1 used at envs/prod/main.tf:18",
                        "TFG-EC-016 envs/prod/prod.tfvars:2 used at envs/prod/main.tf:19");
        assertThat(report.path("findings").get(1).path("message").asText())
                .contains("envs/prod/main.tf:19 uses it");

        CliTestSupport.Run text = CliTestSupport.runIn(tmp, "envs/prod/prod.tfvars");
        assertThat(text.out())
                .contains("envs/prod/prod.tfvars\n")
                .contains("TFG-EC-016  line 2")
                .doesNotContain("envs/prod/main.tf\n")
                .doesNotContain("TFG-EC-002  line");

        CliTestSupport.Run sarif =
                CliTestSupport.runIn(tmp, "--format", "sarif", "envs/prod/prod.tfvars");
        JsonNode token = json(sarif.out()).path("runs").get(0).path("results").get(1);
        assertThat(token.path("ruleId").asText()).isEqualTo("TFG-EC-016");
        JsonNode at = token.path("locations").get(0).path("physicalLocation");
        assertThat(at.path("artifactLocation").path("uri").asText())
                .isEqualTo("envs/prod/prod.tfvars");
        assertThat(at.path("region").path("startLine").asInt()).isEqualTo(2);
        JsonNode used = token.path("relatedLocations").get(0).path("physicalLocation");
        assertThat(used.path("artifactLocation").path("uri").asText())
                .isEqualTo("envs/prod/main.tf");
        assertThat(used.path("region").path("startLine").asInt()).isEqualTo(19);

        for (String out : List.of(json.out(), json.err(), text.out(), sarif.out())) {
            assertThat(out).doesNotContain(TOKEN);
        }

        // the configuration named alone: its own findings, and those of the values it uses from
        // the var files Terraform reads by itself
        Files.move(prod.resolve("prod.tfvars"), prod.resolve("terraform.tfvars"));
        CliTestSupport.Run main =
                CliTestSupport.runIn(tmp, "--format", "json", "envs/prod/main.tf");
        assertThat(located(json(main.out())))
                .contains(
                        "TFG-EC-002 envs/prod/main.tf:11",
                        "TFG-EC-016 envs/prod/terraform.tfvars:2 used at envs/prod/main.tf:19");
    }

    @Test
    void item8VarFileAndTerraformTfvarsValuesAreLocatedWhereTheyAreWritten() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("stack"));
        Files.writeString(root.resolve("main.tf"), CACHE_FROM_VARIABLES);
        Files.createDirectories(root.resolve("vars"));
        Files.writeString(root.resolve("vars/prod.tfvars"), "# production\n" + PROD_VALUES);

        CliTestSupport.Run varFile =
                CliTestSupport.runIn(
                        tmp, "--format", "json", "--var-file", "stack/vars/prod.tfvars", "stack");
        assertThat(varFile.code()).as(varFile.err()).isEqualTo(1);
        assertThat(located(json(varFile.out())))
                .contains(
                        "TFG-EC-002 stack/main.tf:11",
                        "TFG-EC-001 stack/vars/prod.tfvars:2 used at stack/main.tf:18",
                        "TFG-EC-016 stack/vars/prod.tfvars:3 used at stack/main.tf:19");
        assertThat(varFile.out()).doesNotContain(TOKEN);

        // named alone, a var file in a folder without configuration is given to the root above it
        CliTestSupport.Run named =
                CliTestSupport.runIn(tmp, "--format", "json", "stack/vars/prod.tfvars");
        assertThat(named.code()).as(named.err()).isEqualTo(1);
        assertThat(located(json(named.out())))
                .containsExactly(
                        "TFG-EC-001 stack/vars/prod.tfvars:2 used at stack/main.tf:18",
                        "TFG-EC-016 stack/vars/prod.tfvars:3 used at stack/main.tf:19");
        Files.createDirectories(tmp.resolve("loose"));
        Files.writeString(tmp.resolve("loose/prod.tfvars"), PROD_VALUES);
        CliTestSupport.Run loose = CliTestSupport.runIn(tmp, "loose/prod.tfvars");
        assertThat(loose.code()).isEqualTo(3);
        assertThat(loose.err())
                .contains("loose/prod.tfvars: no Terraform configuration")
                .doesNotContain(TOKEN);

        // terraform.tfvars is read by itself; an object's element is located at its own line
        Files.delete(root.resolve("vars/prod.tfvars"));
        Files.writeString(
                root.resolve("main.tf"),
                CACHE_FROM_VARIABLES
                        .replace("var.encrypt", "var.settings.encrypt")
                        .replace(
                                "variable \"encrypt\" {\n  type    = bool",
                                "variable \"settings\" {\n  type    = object({ encrypt = bool })")
                        .replace("default = true", "default = { encrypt = true }"));
        Files.writeString(
                root.resolve("terraform.tfvars"),
                "settings = {\n  encrypt = false\n}\nauth_token = \"" + TOKEN + "\"\n");
        CliTestSupport.Run automatic = CliTestSupport.runIn(tmp, "--format", "json", "stack");
        assertThat(located(json(automatic.out())))
                .contains(
                        "TFG-EC-001 stack/terraform.tfvars:2 used at stack/main.tf:18",
                        "TFG-EC-016 stack/terraform.tfvars:4 used at stack/main.tf:19");
        assertThat(automatic.out()).doesNotContain(TOKEN);

        // an inline suppression on the resource covers what is located in the .tfvars file
        Files.writeString(
                root.resolve("main.tf"),
                Files.readString(root.resolve("main.tf"))
                        .replace(
                                "  auth_token                 = var.auth_token\n",
                                "  # tfguard:ignore:TFG-EC-016 token rotated by the platform team\n"
                                        + "  auth_token                 = var.auth_token\n"));
        CliTestSupport.Run suppressed =
                CliTestSupport.runIn(tmp, "--format", "json", "stack/terraform.tfvars");
        JsonNode report = json(suppressed.out());
        assertThat(located(report))
                .containsExactly("TFG-EC-001 stack/terraform.tfvars:2 used at stack/main.tf:18");
        assertThat(report.path("suppressed").get(0).path("rule").asText()).isEqualTo("TFG-EC-016");
    }

    @Test
    void item9GithubAnnotationsStayWithinGithubsLimitsAndSayHowManyMore() throws IOException {
        Path dir = manyCaches(40);
        Run r = run("--format", "github", "--no-config", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        Map<String, Long> perLevel = new java.util.TreeMap<>();
        lines.forEach(l -> perLevel.merge(l.substring(2, l.indexOf(' ')), 1L, Long::sum));
        assertThat(perLevel.values()).allMatch(n -> n <= 10);
        assertThat(lines.size()).isLessThanOrEqualTo(30);
        assertThat(perLevel.get("error")).isEqualTo(10);
        // the HIGH findings are the errors, the MEDIUM ones warnings; the last line says how many
        // more
        String last = lines.get(lines.size() - 1);
        assertThat(last)
                .startsWith("::notice title=tfguard%3A ")
                .contains("more results are not annotated")
                .contains("errors")
                .contains("warnings")
                .contains("SARIF");
        Run sarif = run("--format", "json", "--no-config", dir.toString());
        int total =
                json(sarif.out()).path("findings").size()
                        + json(sarif.out()).path("unverified").size();
        int annotated = lines.size() - 1;
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("title=tfguard%3A (\\d+) more").matcher(last);
        assertThat(m.find()).isTrue();
        assertThat(Integer.parseInt(m.group(1)) + annotated).isEqualTo(total);
    }

    @Test
    void item9MarkdownSummaryStaysUnderOneMebibyteWithATruncationNote() throws IOException {
        Path dir = manyCaches(800);
        Run r = run("--format", "markdown", "--no-config", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        byte[] bytes = r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThan(1024 * 1024).isGreaterThan(500_000);
        assertThat(r.out())
                .containsPattern(
                        "_\\d+ more findings not shown \\(the most severe are\\): a job summary "
                                + "is limited to 1 MiB")
                .contains("<sub>tfguard ");
        // a small report is not cut
        Run small = run("--format", "markdown", "--no-config", "testdata/plan/insecure/plan.json");
        assertThat(small.out()).doesNotContain("not shown (the most severe are)");
    }

    @Test
    void item10CustomRuleErrorsSayFileAndLine() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("missing.yaml"), "id: ACME-1\ntitle: t\nseverity: high\n");
        Files.writeString(
                rules.resolve("severity.yaml"),
                "id: ACME-2\ntitle: t\ndescription: d\nremediation: r\n"
                        + "resource: aws_kms_key\nseverity: hgh\nimpl: Nope\n");
        Files.writeString(
                rules.resolve("impl.yaml"),
                "id: ACME-3\ntitle: t\ndescription: d\nremediation: r\n"
                        + "resource: aws_kms_key\nseverity: high\n\nimpl: Nope\n");
        Run r = run("--rules", rules.toString(), "testdata/plan/insecure/plan.json");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .contains("missing.yaml:1: missing \"description\"")
                .contains("severity.yaml:6: severity \"hgh\" is not one of")
                .contains("impl.yaml:8: impl Nope: no class");
        // the built-in rules still ran
        assertThat(r.out()).contains("TFG-EC-001");
    }
}
