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
 * TFG-KMS-003 on policies known only in part (issue 15, "What was seen" 8): a principal written as
 * {@code "arn:aws:iam::${account_id}:root"} has a known prefix and is never {@code "*"}, whether
 * the policy is given to jsonencode or built by a policy document data source.
 */
class WildcardKeyPolicyRuleTest {

    @TempDir Path dir;

    private List<Finding> scan(String tf) throws IOException {
        return RuleScan.scan(dir, Map.of(), List.of("TFG-KMS-003"), "main.tf", tf);
    }

    @Test
    void accountRootThroughJsonencodeIsNeverAnyone() throws IOException {
        assertThat(
                        scan(
                                """
                data "aws_caller_identity" "current" {}
                resource "aws_kms_key" "k" {
                  policy = jsonencode({
                    Statement = [{
                      Effect    = "Allow"
                      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
                      Action    = "kms:*"
                      Resource  = "*"
                    }]
                  })
                }
                """))
                .isEmpty();
    }

    @Test
    void accountRootThroughAPolicyDocumentIsNeverAnyone() throws IOException {
        assertThat(
                        scan(
                                """
                data "aws_caller_identity" "current" {}
                data "aws_partition" "current" {}
                data "aws_iam_policy_document" "key" {
                  statement {
                    actions   = ["kms:*"]
                    resources = ["*"]
                    principals {
                      type        = "AWS"
                      identifiers = [format("arn:%s:iam::%s:root", data.aws_partition.current.partition,
                        data.aws_caller_identity.current.account_id)]
                    }
                  }
                }
                resource "aws_kms_key" "k" {
                  policy = data.aws_iam_policy_document.key.json
                }
                """))
                .isEmpty(); // format() keeps the known "arn:" prefix, as Terraform does
    }

    @Test
    void anUnknownPrincipalWithoutPrefixIsUnverified() throws IOException {
        assertThat(
                        scan(
                                """
                variable "principal" {
                  type = string
                }
                resource "aws_kms_key" "k" {
                  policy = jsonencode({
                    Statement = [{ Effect = "Allow", Principal = { AWS = var.principal }, Action = "kms:*" }]
                  })
                }
                """))
                .extracting(Finding::unverified, Finding::line)
                .containsExactly(tuple(true, 5));
    }

    @Test
    void anOpenStatementBesideUnknownsIsAFinding() throws IOException {
        assertThat(
                        scan(
                                """
                variable "principal" {
                  type = string
                }
                resource "aws_kms_key" "k" {
                  policy = jsonencode({
                    Statement = [
                      { Effect = "Allow", Principal = { AWS = var.principal }, Action = "kms:Decrypt" },
                      { Sid = "Open", Effect = "Allow", Principal = "*", Action = ["kms:*"] },
                    ]
                  })
                }
                """))
                .extracting(Finding::unverified)
                .containsExactly(false);
    }
}
