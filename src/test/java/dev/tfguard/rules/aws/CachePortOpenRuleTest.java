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

/** TFG-EC-018 edge cases: protocols, IPv6, other ports, unknown addresses, serverless ports. */
class CachePortOpenRuleTest {
    private static final List<String> IDS = List.of("TFG-EC-018");

    private static final String CACHES =
            """
            resource "aws_security_group" "sg" {
              name = "sg"
            }

            resource "aws_elasticache_replication_group" "rg" {
              replication_group_id = "rg"
              description          = "rg"
              security_group_ids   = [aws_security_group.sg.id]
            }

            resource "aws_elasticache_serverless_cache" "sl" {
              name               = "sl"
              engine             = "valkey"
              security_group_ids = [aws_security_group.sg.id]
            }
            """;

    @Test
    void judgesEachWayIn(@TempDir Path dir) throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        IDS,
                        "main.tf",
                        CACHES,
                        "rules.tf",
                        """
                variable "cidr" {
                  type = string
                }

                resource "aws_security_group_rule" "all_traffic" {
                  type              = "ingress"
                  security_group_id = aws_security_group.sg.id
                  protocol          = "-1"
                  from_port         = 0
                  to_port           = 0
                  ipv6_cidr_blocks  = ["::/0"]
                }

                resource "aws_vpc_security_group_ingress_rule" "reader_port" {
                  security_group_id = aws_security_group.sg.id
                  cidr_ipv4         = "0.0.0.0/0"
                  ip_protocol       = "tcp"
                  from_port         = 6380
                  to_port           = 6380
                }

                resource "aws_vpc_security_group_ingress_rule" "other_port" {
                  security_group_id = aws_security_group.sg.id
                  cidr_ipv4         = "0.0.0.0/0"
                  ip_protocol       = "tcp"
                  from_port         = 22
                  to_port           = 22
                }

                resource "aws_vpc_security_group_ingress_rule" "udp" {
                  security_group_id = aws_security_group.sg.id
                  cidr_ipv4         = "0.0.0.0/0"
                  ip_protocol       = "udp"
                  from_port         = 6379
                  to_port           = 6379
                }

                resource "aws_vpc_security_group_ingress_rule" "from_variable" {
                  security_group_id = aws_security_group.sg.id
                  cidr_ipv4         = var.cidr
                  ip_protocol       = "tcp"
                  from_port         = 6379
                  to_port           = 6379
                }
                """);
        assertThat(f)
                .extracting(Finding::resource, Finding::unverified, Finding::message)
                .containsExactlyInAnyOrder(
                        tuple(
                                "aws_security_group_rule.all_traffic",
                                false,
                                "aws_security_group_rule.all_traffic: allows "
                                        + "::/0 to reach port 6379 of aws_elasticache_replication_group.rg: every network routed into "
                                        + "the VPC can connect to the cache"),
                        tuple(
                                "aws_security_group_rule.all_traffic",
                                false,
                                "aws_security_group_rule.all_traffic: allows "
                                        + "::/0 to reach port 6379 of aws_elasticache_serverless_cache.sl: every network routed into "
                                        + "the VPC can connect to the cache"),
                        tuple(
                                "aws_vpc_security_group_ingress_rule.reader_port",
                                false,
                                "aws_vpc_security_group_ingress_rule.reader_port: allows 0.0.0.0/0 to reach port 6380 of "
                                        + "aws_elasticache_serverless_cache.sl: every network routed into the VPC can connect "
                                        + "to the cache"),
                        tuple(
                                "aws_vpc_security_group_ingress_rule.from_variable",
                                true,
                                "aws_vpc_security_group_ingress_rule.from_variable: may allow any address to reach port 6379 "
                                        + "of aws_elasticache_replication_group.rg"),
                        tuple(
                                "aws_vpc_security_group_ingress_rule.from_variable",
                                true,
                                "aws_vpc_security_group_ingress_rule.from_variable: may allow any address to reach port 6379 "
                                        + "of aws_elasticache_serverless_cache.sl"));
    }
}
