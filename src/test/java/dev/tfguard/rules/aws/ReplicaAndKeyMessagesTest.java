package dev.tfguard.rules.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tfguard.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule-level facts that real configurations exposed (issue 15): failover without a replica, null
 * key expressions.
 */
class ReplicaAndKeyMessagesTest {
    private static final String RG = "aws_elasticache_replication_group.";

    @TempDir Path dir;

    @Test
    void failoverWithoutAReplicaFailsEc008AndLeavesEc009Silent() throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        List.of("TFG-EC-008", "TFG-EC-009"),
                        "main.tf",
                        """
                resource "aws_elasticache_replication_group" "shards" {
                  replication_group_id       = "a"
                  description                = "a"
                  num_node_groups            = 2
                  replicas_per_node_group    = 0
                  automatic_failover_enabled = true
                }
                resource "aws_elasticache_replication_group" "single" {
                  replication_group_id       = "b"
                  description                = "b"
                  num_cache_clusters         = 1
                  automatic_failover_enabled = true
                }
                resource "aws_elasticache_replication_group" "replicas" {
                  replication_group_id       = "c"
                  description                = "c"
                  num_node_groups            = 2
                  replicas_per_node_group    = 1
                  automatic_failover_enabled = true
                  multi_az_enabled           = true
                }
                resource "aws_elasticache_replication_group" "unknown_replicas" {
                  replication_group_id       = "d"
                  description                = "d"
                  num_node_groups            = 2
                  replicas_per_node_group    = var.replicas
                  automatic_failover_enabled = true
                  multi_az_enabled           = true
                }
                variable "replicas" {
                  type = number
                }
                """);
        assertThat(f)
                .extracting(
                        Finding::rule, Finding::resource, Finding::attribute, Finding::unverified)
                .containsExactlyInAnyOrder(
                        tuple("TFG-EC-008", RG + "shards", "replicas_per_node_group", false),
                        tuple("TFG-EC-008", RG + "single", "num_cache_clusters", false));
        assertThat(f.get(0).message())
                .contains("automatic_failover_enabled is true, but")
                .contains("no replica to promote");
    }

    @Test
    void ec002TellsANullExpressionFromAnAttributeNotWritten() throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        List.of("TFG-EC-002"),
                        "main.tf",
                        """
                variable "kms_key_arn" {
                  type    = string
                  default = null
                }
                resource "aws_elasticache_replication_group" "null_here" {
                  replication_group_id       = "a"
                  description                = "a"
                  at_rest_encryption_enabled = true
                  kms_key_id                 = var.kms_key_arn
                }
                resource "aws_elasticache_replication_group" "not_written" {
                  replication_group_id       = "b"
                  description                = "b"
                  at_rest_encryption_enabled = true
                }
                resource "aws_elasticache_replication_group" "managed" {
                  replication_group_id       = "c"
                  description                = "c"
                  at_rest_encryption_enabled = true
                  kms_key_id                 = "alias/aws/elasticache"
                }
                """);
        assertThat(f)
                .extracting(Finding::resource, Finding::message)
                .containsExactlyInAnyOrder(
                        tuple(
                                RG + "null_here",
                                RG
                                        + "null_here: kms_key_id is set to an expression that is null here: "
                                        + "encryption at rest uses an AWS owned key, which is not in your account and which no key "
                                        + "policy or CloudTrail log of yours covers"),
                        tuple(
                                RG + "not_written",
                                RG
                                        + "not_written: kms_key_id is not set: encryption at rest uses an AWS "
                                        + "owned key, which is not in your account and which no key policy or CloudTrail log of yours "
                                        + "covers"),
                        tuple(
                                RG + "managed",
                                RG
                                        + "managed: kms_key_id names the AWS managed key alias/aws/elasticache: it is "
                                        + "in your account, but its policy, rotation and deletion are AWS's, not yours"));
    }

    @Test
    void encryptionMessagesNameTheVariableWhoseDefaultGivesTheValue() throws IOException {
        java.nio.file.Files.createDirectories(dir.resolve("cache"));
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        List.of("TFG-EC-001", "TFG-EC-003"),
                        "main.tf",
                        """
                        variable "encrypt" {
                          type    = bool
                          default = false
                        }
                        variable "transit" {
                          type    = bool
                          default = false
                        }
                        module "cache" {
                          source  = "./cache"
                          transit = var.transit
                        }
                        resource "aws_elasticache_replication_group" "root" {
                          replication_group_id       = "a"
                          description                = "a"
                          at_rest_encryption_enabled = var.encrypt
                          transit_encryption_enabled = true
                        }
                        """,
                        "cache/main.tf",
                        """
                        variable "encrypt" {
                          type    = bool
                          default = null
                        }
                        variable "transit" {
                          type    = bool
                          default = true
                        }
                        resource "aws_elasticache_replication_group" "this" {
                          replication_group_id       = "b"
                          description                = "b"
                          at_rest_encryption_enabled = var.encrypt
                          transit_encryption_enabled = var.transit
                        }
                        """);
        assertThat(f)
                .extracting(Finding::rule, Finding::message)
                .containsExactlyInAnyOrder(
                        tuple(
                                "TFG-EC-001",
                                RG
                                        + "root: at_rest_encryption_enabled is false (the default of var.encrypt)"),
                        tuple(
                                "TFG-EC-001",
                                "module.cache."
                                        + RG
                                        + "this: at_rest_encryption_enabled is null from the "
                                        + "default of var.encrypt of module.cache, and the provider default for engine (not set) is "
                                        + "false"),
                        tuple(
                                "TFG-EC-003",
                                "module.cache."
                                        + RG
                                        + "this: transit_encryption_enabled is false (the default "
                                        + "of var.transit)"));
    }
}
