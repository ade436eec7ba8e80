package dev.tfguard.rules.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tfguard.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MemoryDB through the graph (issue 20): keys through modules and data sources, users through ACLs.
 */
class MemoryDbRulesTest {

    @TempDir Path dir;

    @Test
    void keyRulesFollowAClustersKeyThroughAModuleAndAnAlias() throws IOException {
        Files.createDirectories(dir.resolve("modules/memorydb"));
        Files.writeString(
                dir.resolve("modules/memorydb/main.tf"),
                """
                variable "kms_key_arn" {
                  type = string
                }

                resource "aws_memorydb_cluster" "this" {
                  name           = "sessions"
                  acl_name       = "sessions"
                  engine         = "valkey"
                  engine_version = "7.3"
                  node_type      = "db.t4g.small"
                  kms_key_arn    = var.kms_key_arn
                }
                """);
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        List.of("TFG-KMS-001", "TFG-KMS-002", "TFG-MDB-001"),
                        "main.tf",
                        """
                        resource "aws_kms_key" "memorydb" {
                          description = "memorydb"
                          is_enabled  = false
                        }

                        resource "aws_kms_alias" "memorydb" {
                          name          = "alias/memorydb"
                          target_key_id = aws_kms_key.memorydb.key_id
                        }

                        module "memorydb" {
                          source      = "./modules/memorydb"
                          kms_key_arn = aws_kms_alias.memorydb.target_key_arn
                        }
                        """);
        assertThat(f)
                .extracting(Finding::rule, Finding::message)
                .containsExactlyInAnyOrder(
                        tuple(
                                "TFG-KMS-001",
                                "aws_kms_key.memorydb: enable_key_rotation is not set, and the provider default "
                                        + "is false; it encrypts module.memorydb.aws_memorydb_cluster.this"),
                        tuple(
                                "TFG-KMS-002",
                                "aws_kms_key.memorydb: is_enabled is false, and the key encrypts "
                                        + "module.memorydb.aws_memorydb_cluster.this: they cannot read their data"));
    }

    @Test
    void keyFromADataSourceIsUnverifiedForRotation() throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        List.of("TFG-KMS-001"),
                        "main.tf",
                        """
                data "aws_kms_key" "shared" {
                  key_id = "alias/shared-memorydb"
                }

                resource "aws_memorydb_cluster" "sessions" {
                  name           = "sessions"
                  acl_name       = "sessions"
                  engine         = "valkey"
                  engine_version = "7.3"
                  node_type      = "db.t4g.small"
                  kms_key_arn    = data.aws_kms_key.shared.arn
                }
                """);
        assertThat(f)
                .extracting(
                        Finding::resource,
                        Finding::attribute,
                        Finding::unverified,
                        Finding::message)
                .containsExactly(
                        tuple(
                                "aws_memorydb_cluster.sessions",
                                "kms_key_arn",
                                true,
                                "aws_memorydb_cluster.sessions: the KMS key that kms_key_arn names (data.aws_kms_key.shared) "
                                        + "is not in this configuration, so its rotation cannot be checked"));
    }

    @Test
    void passwordFindingNamesEveryClusterWhoseAclListsTheUser() throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        List.of("TFG-MDB-004"),
                        "main.tf",
                        """
                resource "aws_memorydb_user" "app" {
                  user_name     = "app"
                  access_string = "on ~app:* +@all"

                  authentication_mode {
                    type      = "password"
                    passwords = ["Example-Password-Do-Not-Use-0005"]
                  }
                }

                resource "aws_memorydb_acl" "app" {
                  name       = "app"
                  user_names = [aws_memorydb_user.app.user_name]
                }

                resource "aws_memorydb_cluster" "eu" {
                  name           = "eu"
                  acl_name       = aws_memorydb_acl.app.id
                  engine         = "valkey"
                  engine_version = "7.3"
                  node_type      = "db.t4g.small"
                }

                resource "aws_memorydb_cluster" "us" {
                  name           = "us"
                  acl_name       = aws_memorydb_acl.app.name
                  engine         = "valkey"
                  engine_version = "7.3"
                  node_type      = "db.t4g.small"
                }
                """);
        assertThat(f)
                .singleElement()
                .satisfies(
                        x ->
                                assertThat(x.message())
                                        .endsWith(
                                                "; the user signs in to aws_memorydb_cluster.eu, aws_memorydb_cluster.us")
                                        .doesNotContain("Example-Password"));
    }

    @Test
    void openAccessIsUnverifiedOnlyWhenTheAclIsNotTheConfigurations() throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        List.of("TFG-MDB-003"),
                        "main.tf",
                        """
                variable "acl" {
                  type = string
                }

                resource "aws_memorydb_acl" "own" {
                  name = "own"
                }

                resource "aws_memorydb_cluster" "own" {
                  name           = "own"
                  acl_name       = aws_memorydb_acl.own.id
                  engine         = "valkey"
                  engine_version = "7.3"
                  node_type      = "db.t4g.small"
                }

                resource "aws_memorydb_cluster" "given" {
                  name           = "given"
                  acl_name       = var.acl
                  engine         = "valkey"
                  engine_version = "7.3"
                  node_type      = "db.t4g.small"
                }
                """);
        assertThat(f)
                .extracting(Finding::resource, Finding::unverified)
                .containsExactly(tuple("aws_memorydb_cluster.given", true));
    }
}
