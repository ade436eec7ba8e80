package dev.tfguard.loader.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluation as Terraform evaluates (issue 15): unknowns, null, try/can, conditionals, types,
 * dynamic blocks.
 */
class EvaluatorTest {

    @TempDir Path dir;

    private Resource load(String tf) throws IOException {
        Files.writeString(dir.resolve("main.tf"), tf);
        Model model = new Model();
        new HclLoader(1).load(dir, new LoadOptions(null, List.of(), Map.of(), dir), model);
        assertThat(model.errors()).isEmpty();
        return model.resources().stream()
                .filter(r -> r.type().equals("aws_x"))
                .findFirst()
                .orElseThrow();
    }

    /** Issue 15, "What was seen" 1: try() of an unknown is that unknown, not the fallback. */
    @Test
    void tryOfAnUnknownIsNotTheFallback() throws IOException {
        Resource r =
                load(
                        """
                resource "aws_y" "g" {}
                resource "aws_x" "a" {
                  id_or_null = try(aws_y.g.id, null)
                  name       = try(coalesce(var.name, "x-${aws_y.g.id}"), "")
                  broken     = try(local.m["missing"], "fallback")
                }
                variable "name" {
                  default = null
                }
                locals {
                  m = {}
                }
                """);
        assertThat(r.value("id_or_null").isUnknown()).isTrue();
        assertThat(r.value("id_or_null").notNull()).isTrue();
        assertThat(r.value("name").isUnknown()).isTrue();
        assertThat(((Value.Unknown) r.value("name")).prefix()).isEqualTo("x-");
        assertThat(r.value("broken").asString()).isEqualTo("fallback");
    }

    /**
     * Issue 15, "What was seen" 2: an unknown inside an object is unknown where read, the rest
     * stays known.
     */
    @Test
    void unknownInsideAnObjectStaysWhereItIs() throws IOException {
        Resource r =
                load(
                        """
                resource "aws_y" "g" {}
                locals {
                  s = { encrypt = aws_y.g.enabled, name = "n" }
                }
                resource "aws_x" "a" {
                  encrypt = local.s.encrypt
                  name    = local.s.name
                }
                """);
        assertThat(r.value("encrypt").isUnknown()).isTrue();
        assertThat(r.value("name").asString()).isEqualTo("n");
    }

    /** Issue 15, "What was seen" 3: an unknown condition with a null branch may be null. */
    @Test
    void unknownConditionWithANullBranchMayBeNull() throws IOException {
        Resource r =
                load(
                        """
                resource "aws_y" "p" {}
                variable "on" {
                  type = bool
                }
                resource "aws_x" "a" {
                  token = var.on ? aws_y.p.result : null
                  both  = var.on ? "arn:aws:kms:a" : "arn:aws:kms:b"
                }
                """);
        assertThat(r.value("token").isUnknown()).isTrue();
        assertThat(r.value("token").notNull()).isFalse();
        assertThat(r.value("both").notNull()).isTrue();
        assertThat(((Value.Unknown) r.value("both")).prefix()).isEqualTo("arn:aws:kms:");
    }

    /**
     * Issue 15, "What was seen" 4: dynamic blocks expand over a known collection, iterator names
     * included.
     */
    @Test
    void dynamicBlocksExpand() throws IOException {
        Resource r =
                load(
                        """
                variable "rules" {
                  default = [{ port = 6379, cidr = "10.0.0.0/8" }, { port = 6380, cidr = "0.0.0.0/0" }]
                }
                resource "aws_x" "a" {
                  dynamic "ingress" {
                    for_each = var.rules
                    iterator = r
                    content {
                      from_port   = r.value.port
                      cidr_blocks = [r.value.cidr]
                      dynamic "tag" {
                        for_each = { a = 1 }
                        content {
                          key = "${tag.key}-${r.key}"
                        }
                      }
                    }
                  }
                  dynamic "egress" {
                    for_each = []
                    content {
                      from_port = 1
                    }
                  }
                }
                """);
        Value ingress = r.value("ingress");
        assertThat(ingress.elements()).hasSize(2);
        assertThat(ingress.get(1).get("cidr_blocks").get(0).asString()).isEqualTo("0.0.0.0/0");
        assertThat(ingress.get(1).get("tag").get(0).get("key").asString()).isEqualTo("a-1");
        assertThat(r.value("egress").isKnown()).isTrue();
        assertThat(r.value("egress").elements()).isEmpty();
    }

    /** A dynamic block over an unknown collection makes the blocks unknown. */
    @Test
    void dynamicBlockOverAnUnknownIsUnknown() throws IOException {
        Resource r =
                load(
                        """
                resource "aws_y" "g" {}
                resource "aws_x" "a" {
                  dynamic "ingress" {
                    for_each = aws_y.g.rules
                    content {
                      from_port = ingress.value
                    }
                  }
                }
                """);
        assertThat(r.value("ingress").isUnknown()).isTrue();
    }

    /** Issue 15, "What was seen" 6: optional() defaults (nested), nullable = false, conversions. */
    @Test
    void typeConstraintsApply() throws IOException {
        Resource r =
                load(
                        """
                variable "settings" {
                  type = object({
                    encrypt = optional(bool, true)
                    nested  = optional(object({ port = optional(number, 6379) }), {})
                    count   = number
                    zones   = optional(set(string))
                  })
                  default = { count = "3", zones = ["b", "a", "b"] }
                }
                variable "mode" {
                  type     = string
                  default  = "required"
                  nullable = false
                }
                module "m" {
                  source = "./m"
                  mode   = null
                }
                resource "aws_x" "a" {
                  encrypt = var.settings.encrypt
                  port    = var.settings.nested.port
                  count_n = var.settings.count
                  zones   = var.settings.zones
                  mode    = var.mode
                  flag    = tobool("true")
                }
                """);
        assertThat(r.value("encrypt").asBool()).isTrue();
        assertThat(r.value("port").asNumber()).isEqualByComparingTo("6379");
        assertThat(r.value("count_n").known()).isInstanceOf(java.math.BigDecimal.class);
        assertThat(r.value("zones").toJava()).isEqualTo(List.of("a", "b"));
        assertThat(r.value("mode").asString()).isEqualTo("required");
        assertThat(r.value("flag").known()).isEqualTo(Boolean.TRUE);
    }

    /** A null argument for a variable declared nullable = false takes the default. */
    @Test
    void nullForANonNullableVariableTakesTheDefault() throws IOException {
        Files.createDirectories(dir.resolve("m"));
        Files.writeString(
                dir.resolve("m/main.tf"),
                """
                variable "mode" {
                  default  = "required"
                  nullable = false
                }
                variable "other" {
                  default = "kept"
                }
                resource "aws_x" "a" {
                  mode  = var.mode
                  other = var.other
                }
                """);
        Resource r =
                load(
                        """
                module "m" {
                  source = "./m"
                  mode   = null
                  other  = null
                }
                """);
        assertThat(r.value("mode").asString()).isEqualTo("required");
        assertThat(r.value("other").isNull()).isTrue();
    }

    /** can() is unknown for an unknown argument and false only on an error. */
    @Test
    void canFollowsTerraform() throws IOException {
        Resource r =
                load(
                        """
                resource "aws_y" "g" {}
                resource "aws_x" "a" {
                  unknown = can(aws_y.g.id)
                  error   = can(local.nope.x)
                  fine    = can("a")
                }
                locals {
                  nope = {}
                }
                """);
        assertThat(r.value("unknown").isUnknown()).isTrue();
        assertThat(r.value("error").asBool()).isFalse();
        assertThat(r.value("fine").asBool()).isTrue();
    }
}
