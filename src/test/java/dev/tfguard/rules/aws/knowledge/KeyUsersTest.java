package dev.tfguard.rules.aws.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.hcl.HclLoader;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Model;
import dev.tfguard.model.Relation;
import dev.tfguard.rules.aws.DisabledKeyInUseRule;
import dev.tfguard.rules.aws.KeyRotationRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A KMS-using resource type is added in this package alone (issue 18): the key rules, the types the
 * loaders keep and the relations reports draw follow it, with no change to the graph or the engine.
 */
class KeyUsersTest {
    /** A type no provider has, so that only the table below can make it a key user. */
    private static final String VAULT = "aws_example_vault";

    private static final KeyUsers WITH_VAULT = KeyUsers.BUILT_IN.with(VAULT, "vault_key_arn");

    private static final String SOURCE =
            """
            resource "aws_kms_key" "vault" {
              description = "vault"
              is_enabled  = false
            }

            resource "aws_kms_alias" "vault" {
              name          = "alias/vault"
              target_key_id = aws_kms_key.vault.key_id
            }

            resource "aws_example_vault" "direct" {
              vault_key_arn = aws_kms_key.vault.arn
            }

            resource "aws_example_vault" "aliased" {
              vault_key_arn = aws_kms_alias.vault.arn
            }

            resource "aws_example_vault" "outside" {
              vault_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/outside"
            }
            """;

    private static ResourceGraph graph(Path dir, RuleCatalog catalog) throws IOException {
        Files.writeString(dir.resolve("main.tf"), SOURCE);
        Model model = new Model();
        new HclLoader()
                .load(
                        dir,
                        new LoadOptions(catalog.relevantTypes(), List.of(), Map.of(), dir),
                        model);
        assertThat(model.errors()).isEmpty();
        return new ResourceGraph(model.resources());
    }

    @Test
    void keyRotationFollowsARegisteredType(@TempDir Path dir) throws IOException {
        RuleCatalog catalog =
                RuleCatalog.builtIn().withCheck("TFG-KMS-001", new KeyRotationRule(WITH_VAULT));
        List<Finding> findings =
                Runner.run(List.of(catalog.get("TFG-KMS-001")), graph(dir, catalog));
        assertThat(findings)
                .extracting(Finding::resource, Finding::unverified, Finding::message)
                .containsExactly(
                        tuple(
                                "aws_kms_key.vault",
                                false,
                                "aws_kms_key.vault: enable_key_rotation is not set, and the"
                                        + " provider default is false; it encrypts"
                                        + " aws_example_vault.direct, aws_example_vault.aliased"),
                        tuple(
                                "aws_example_vault.outside",
                                true,
                                "aws_example_vault.outside: the KMS key that vault_key_arn names"
                                        + " (arn:aws:kms:eu-west-1:111122223333:key/outside) is"
                                        + " not in this configuration, so its rotation cannot be"
                                        + " checked"));
    }

    @Test
    void withoutTheEntryTheTypeIsNoKeyUser(@TempDir Path dir) throws IOException {
        RuleCatalog catalog = RuleCatalog.builtIn();
        List<Finding> findings =
                Runner.run(List.of(catalog.get("TFG-KMS-001")), graph(dir, catalog));
        assertThat(findings)
                .extracting(Finding::resource, Finding::message)
                .containsExactly(
                        tuple(
                                "aws_kms_key.vault",
                                "aws_kms_key.vault: enable_key_rotation is not set, and the"
                                        + " provider default is false"));
        assertThat(catalog.relevantTypes()).doesNotContain(VAULT);
    }

    @Test
    void disabledKeyRuleAndLoadersFollowARegisteredType(@TempDir Path dir) throws IOException {
        RuleCatalog catalog =
                RuleCatalog.builtIn()
                        .withCheck("TFG-KMS-002", new DisabledKeyInUseRule(WITH_VAULT));
        // a plan keeps the attributes of the types some rule reads: the new type is one of them
        assertThat(catalog.relevantTypes()).contains(VAULT, "aws_kms_key", "aws_kms_alias");
        List<Finding> findings =
                Runner.run(List.of(catalog.get("TFG-KMS-002")), graph(dir, catalog));
        assertThat(findings)
                .extracting(Finding::resource, Finding::attribute)
                .containsExactly(tuple("aws_kms_key.vault", "is_enabled"));
        assertThat(findings.get(0).message())
                .contains("aws_example_vault.direct, aws_example_vault.aliased");
    }

    @Test
    void reportsDrawTheRegisteredTypesKeyEdges(@TempDir Path dir) throws IOException {
        RuleCatalog catalog =
                RuleCatalog.builtIn().withCheck("TFG-KMS-001", new KeyRotationRule(WITH_VAULT));
        ResourceGraph graph = graph(dir, catalog);
        assertThat(new AwsKnowledge(WITH_VAULT).relations(graph))
                .containsExactly(
                        new Relation(
                                "aws_example_vault.direct", "vault_key_arn", "aws_kms_key.vault"),
                        new Relation(
                                "aws_example_vault.aliased", "vault_key_arn", "aws_kms_key.vault"));
        assertThat(new AwsKnowledge().relations(graph)).isEmpty();
    }
}
