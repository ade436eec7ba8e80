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
 * The training run behind the launcher's class-data archive ({@code bin/tfguard}): scans the rules'
 * own bad examples and a small plan the ways users do (one file, a folder, a plan; text and JSON
 * reports), so that the archive holds the classes of real scans whatever command the user happens
 * to run first. Prints nothing.
 */
public final class Training {

    private Training() {}

    /**
     * Runs the training scans; with the arguments {@code files DIR}, only one scan of one small
     * file written into the folder DIR, with text and JSON reports, for the JDK 25 AOT cache of
     * runs that name files only (a pre-commit hook's). Such a cache loads every class it holds at
     * start-up and has the JIT compile at once what its training ran hot: the classes of plans and
     * folders, or a longer training, would slow every hook's scan.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("files")) {
            // a folder named by the launcher: Files.createTempDirectory would put its SecureRandom
            // in the cache
            Path dir = Files.createDirectories(Path.of(args[1]));
            Path file = dir.resolve("main.tf");
            try {
                Files.writeString(file, ONE_FILE);
                PrintWriter sink =
                        new PrintWriter(
                                new OutputStreamWriter(
                                        OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
                Main.run(
                        new String[] {"--format", "text", "--format", "json", file.toString()},
                        sink,
                        sink,
                        System.getenv(),
                        System.console() != null,
                        dir);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
            return;
        }
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
        // encoded as Main encodes its output, so that the archive holds the encoder's classes
        PrintWriter sink =
                new PrintWriter(
                        new OutputStreamWriter(
                                OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
        // what Main.main passes, so that the archive holds the classes of the environment and the
        // console too
        Map<String, String> env = System.getenv();
        boolean terminal = System.console() != null;
        List<String> files = new ArrayList<>();
        int n = 0;
        for (RuleInfo rule : RuleCatalog.builtIn().infos()) {
            for (String example : rule.examplesBad()) {
                Path module = Files.createDirectories(dir.resolve("example" + n++));
                files.add(Files.writeString(module.resolve("main.tf"), example).toString());
            }
        }
        Path plan = Files.writeString(dir.resolve("plan.json"), PLAN);
        if (!files.isEmpty()) {
            Main.run(new String[] {files.get(0)}, sink, sink, env, terminal, dir);
            Main.run(
                    new String[] {"--format", "json", files.get(0)},
                    sink,
                    sink,
                    env,
                    terminal,
                    dir);
        }
        Main.run(new String[] {dir.toString() + "/"}, sink, sink, env, terminal, dir);
        Main.run(new String[] {plan.toString()}, sink, sink, env, terminal, dir);
        Main.run(
                new String[] {"--format", "json", plan.toString()}, sink, sink, env, terminal, dir);
    }

    /** A small module as a commit touches one: a key and a replication group that uses it. */
    private static final String ONE_FILE =
            """
            variable "auth_token" {
              type      = string
              sensitive = true
            }

            resource "aws_kms_key" "cache" {
              description         = "cache key"
              enable_key_rotation = true
            }

            resource "aws_elasticache_replication_group" "cache" {
              replication_group_id       = "cache"
              description                = "cache"
              node_type                  = "cache.r6g.large"
              num_cache_clusters         = 2
              at_rest_encryption_enabled = true
              kms_key_id                 = aws_kms_key.cache.arn
              transit_encryption_enabled = false
              auth_token                 = var.auth_token
              tags = {
                Team = "platform"
              }
            }
            """;

    /** A replication group with a key from the same plan, as terraform show -json writes it. */
    private static final String PLAN =
            """
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
