package dev.tfguard.cli;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.model.RuleInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run behind the launcher's class-data archive ({@code bin/tfguard}): scans the rules' own bad
 * examples and a small plan the ways users do (one file, a folder, a plan; text and JSON reports), so that the
 * archive holds the classes of real scans whatever command the user happens to run first. Prints nothing.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("tfguard-training");
        try {
            run(dir);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        int n = 0;
        for (RuleInfo rule : RuleCatalog.builtIn().infos()) {
            for (String example : rule.examplesBad()) {
                Path module = Files.createDirectories(dir.resolve("example" + n++));
                files.add(Files.writeString(module.resolve("main.tf"), example).toString());
            }
        }
        Path plan = Files.writeString(dir.resolve("plan.json"), PLAN);
        // encoded as Main encodes its output, so that the archive holds the encoder's classes
        PrintWriter sink = new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
        // what Main.main passes, so that the archive holds the classes of the environment and the console too
        Map<String, String> env = System.getenv();
        boolean terminal = System.console() != null;
        if (!files.isEmpty()) {
            Main.run(new String[] {files.get(0)}, sink, sink, env, terminal, dir);
            Main.run(new String[] {"--format", "json", files.get(0)}, sink, sink, env, terminal, dir);
        }
        Main.run(new String[] {dir.toString() + "/"}, sink, sink, env, terminal, dir);
        Main.run(new String[] {plan.toString()}, sink, sink, env, terminal, dir);
        Main.run(new String[] {"--format", "json", plan.toString()}, sink, sink, env, terminal, dir);
    }

    /** A replication group with a key from the same plan, as terraform show -json writes it. */
    private static final String PLAN = """
            {"format_version":"1.2","terraform_version":"1.9.8",
             "resource_changes":[
              {"address":"aws_elasticache_replication_group.cache","mode":"managed",
               "type":"aws_elasticache_replication_group","name":"cache","provider_name":"registry.terraform.io/hashicorp/aws",
               "change":{"actions":["create"],"before":null,
                "after":{"at_rest_encryption_enabled":false,"engine":"redis","transit_encryption_enabled":true,
                         "replication_group_id":"cache","user_group_ids":null},
                "after_unknown":{"kms_key_id":true,"auth_token":true},
                "before_sensitive":false,"after_sensitive":{"auth_token":true}}},
              {"address":"aws_kms_key.cache","mode":"managed","type":"aws_kms_key","name":"cache",
               "provider_name":"registry.terraform.io/hashicorp/aws",
               "change":{"actions":["create"],"before":null,
                "after":{"customer_master_key_spec":"SYMMETRIC_DEFAULT","enable_key_rotation":false,
                         "key_usage":"ENCRYPT_DECRYPT"},
                "after_unknown":{"arn":true},"before_sensitive":false,"after_sensitive":{}}},
              {"address":"aws_s3_bucket.logs","mode":"managed","type":"aws_s3_bucket","name":"logs",
               "provider_name":"registry.terraform.io/hashicorp/aws",
               "change":{"actions":["no-op"],"before":{"bucket":"logs"},"after":{"bucket":"logs"},
                "after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}],
             "configuration":{"root_module":{"resources":[
              {"address":"aws_elasticache_replication_group.cache","mode":"managed",
               "type":"aws_elasticache_replication_group","name":"cache",
               "expressions":{"kms_key_id":{"references":["aws_kms_key.cache.arn","aws_kms_key.cache"]},
                              "auth_token":{"references":["random_password.auth.result","random_password.auth"]}}},
              {"address":"aws_kms_key.cache","mode":"managed","type":"aws_kms_key","name":"cache",
               "expressions":{"enable_key_rotation":{"constant_value":false}}}]}}}
            """;
}
