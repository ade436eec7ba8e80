package dev.tfguard.rules.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tfguard.model.Finding;
import dev.tfguard.model.Value;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TFG-EC-019 edge cases: access strings, unknown settings, members by association, shared groups.
 */
class PasswordlessUserRuleTest {
    private static final List<String> IDS = List.of("TFG-EC-019");

    private static final String CACHES =
            """
            resource "aws_elasticache_replication_group" "a" {
              replication_group_id = "a"
              description          = "a"
              user_group_ids       = [aws_elasticache_user_group.g.user_group_id]
            }

            resource "aws_elasticache_replication_group" "b" {
              replication_group_id = "b"
              description          = "b"
              user_group_ids       = [aws_elasticache_user_group.g.user_group_id]
            }
            """;

    @Test
    void theLastOnOrOffOfAnAccessStringDecides() {
        assertThat(PasswordlessUserRule.enabled(Value.of("on ~* +@all"))).isTrue();
        assertThat(PasswordlessUserRule.enabled(Value.of("on ~* +@all off"))).isFalse();
        assertThat(PasswordlessUserRule.enabled(Value.of("off ~* on  +@read"))).isTrue();
        assertThat(PasswordlessUserRule.enabled(Value.of("~* +@all"))).isFalse();
        assertThat(PasswordlessUserRule.enabled(Value.of("ON ~*"))).isTrue();
        assertThat(PasswordlessUserRule.enabled(Value.NULL)).isFalse();
        assertThat(PasswordlessUserRule.enabled(Value.unknown("var"))).isNull();
    }

    @Test
    void judgesEachMember(@TempDir Path dir) throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        IDS,
                        "main.tf",
                        CACHES,
                        "users.tf",
                        """
                variable "open" {
                  type = bool
                }

                resource "aws_elasticache_user" "no_rights" {
                  user_id              = "no-rights"
                  user_name            = "default"
                  engine               = "redis"
                  access_string        = "~* +@all"
                  no_password_required = true
                }

                resource "aws_elasticache_user" "switched_off" {
                  user_id              = "switched-off"
                  user_name            = "health"
                  engine               = "redis"
                  access_string        = "on +ping off"
                  no_password_required = true
                }

                resource "aws_elasticache_user" "iam" {
                  user_id       = "iam"
                  user_name     = "iam"
                  engine        = "redis"
                  access_string = "on ~* +@all"

                  authentication_mode {
                    type = "iam"
                  }
                }

                resource "aws_elasticache_user" "maybe" {
                  user_id              = "maybe"
                  user_name            = "maybe"
                  engine               = "redis"
                  access_string        = "on ~* +@read"
                  no_password_required = var.open
                }

                resource "aws_elasticache_user" "reader" {
                  user_id              = "reader"
                  user_name            = "reader"
                  engine               = "redis"
                  access_string        = "on ~* -@all +@read"
                  no_password_required = true
                }

                resource "aws_elasticache_user_group" "g" {
                  user_group_id = "g"
                  engine        = "redis"
                  user_ids      = [aws_elasticache_user.no_rights.user_id, aws_elasticache_user.switched_off.user_id,
                                   aws_elasticache_user.iam.user_id, aws_elasticache_user.maybe.user_id]
                }

                resource "aws_elasticache_user_group_association" "reader" {
                  user_group_id = aws_elasticache_user_group.g.user_group_id
                  user_id       = aws_elasticache_user.reader.user_id
                }

                resource "aws_elasticache_user_group_association" "aws_default" {
                  user_group_id = aws_elasticache_user_group.g.user_group_id
                  user_id       = "default"
                }
                """);
        assertThat(f)
                .extracting(
                        Finding::resource, Finding::attribute, Finding::unverified, Finding::line)
                .containsExactlyInAnyOrder(
                        tuple("aws_elasticache_user.maybe", "no_password_required", true, 37),
                        tuple("aws_elasticache_user.reader", "no_password_required", false, 45),
                        tuple(
                                "aws_elasticache_user_group_association.aws_default",
                                "user_id",
                                false,
                                62));
        assertThat(f)
                .filteredOn(x -> x.resource().endsWith(".reader"))
                .extracting(Finding::message)
                .containsExactly(
                        "aws_elasticache_user.reader: aws_elasticache_user.reader (user name \"reader\") needs no password and "
                                + "its access string \"on ~* -@all +@read\" turns it on: every client that reaches "
                                + "aws_elasticache_replication_group.a, aws_elasticache_replication_group.b can use it "
                                + "without a credential");
    }

    @Test
    void followsTheAwsManagedUserThroughAVariable(@TempDir Path dir) throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        IDS,
                        "main.tf",
                        CACHES,
                        "users.tf",
                        """
                variable "members" {
                  type    = list(string)
                  default = ["default"]
                }

                resource "aws_elasticache_user_group" "g" {
                  user_group_id = "g"
                  engine        = "redis"
                  user_ids      = var.members
                }
                """);
        assertThat(f)
                .extracting(Finding::resource, Finding::unverified)
                .containsExactly(tuple("aws_elasticache_user_group.g", false));
        assertThat(f.get(0).message())
                .contains(
                        "aws_elasticache_replication_group.a, "
                                + "aws_elasticache_replication_group.b is as open as without authentication");
    }
}
