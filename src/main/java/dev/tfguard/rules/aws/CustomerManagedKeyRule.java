package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import dev.tfguard.rules.aws.knowledge.Keys;
import java.util.Map;

/**
 * TFG-EC-002: a replication group names a customer-managed KMS key in {@code kms_key_id}. No key
 * (the group then uses an AWS owned key), an empty one, or the AWS managed key ({@code
 * alias/aws/elasticache}) fails; the message tells an attribute that is not written from one whose
 * expression is null here. The key is followed through the graph: a literal alias or alias ARN, a
 * {@code data "aws_kms_key"} looked up by such an alias, a {@code data "aws_kms_alias"} of one, or
 * a lookup whose {@code key_manager} a plan shows as {@code AWS}; module inputs and outputs are
 * already resolved by the loaders.
 */
public final class CustomerManagedKeyRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource group : graph.ofType(Caches.GROUP)) {
            Value key = group.value("kms_key_id");
            if (key instanceof Value.Unknown u && !u.set()) {
                verdicts.unverified(
                        group, "kms_key_id", verdicts.text("unverified", Map.of()), u.reason());
                continue;
            }
            if (key.isNull() || key.isEmptyKnown()) {
                // written, yet null: a conditional or a variable that gives null in this
                // configuration
                boolean written =
                        group.attr("kms_key_id") != null
                                && group.attr("kms_key_id").source() != null;
                String actual =
                        key.isEmptyKnown()
                                ? "\"\""
                                : written ? "set to an expression that is null here" : "not set";
                verdicts.fail(group, "kms_key_id", verdicts.text("fail", Map.of("actual", actual)));
                continue;
            }
            String managed = awsManaged(graph, group);
            if (managed != null) {
                verdicts.fail(
                        group, "kms_key_id", verdicts.text("aws_managed", Map.of("key", managed)));
            }
        }
    }

    /**
     * The AWS managed alias that the group's key resolves to, or null when it is not one (or not
     * known).
     */
    private static String awsManaged(ResourceGraph graph, Resource group) {
        Value key = group.value("kms_key_id");
        if (key.isKnown()
                && !group.attr("kms_key_id").sensitive()
                && Keys.isAwsManagedAlias(key.asString())) {
            return key.asString();
        }
        for (Resource t : graph.targets(group, "kms_key_id")) {
            String attr = Keys.lookupArgument(t);
            if (attr == null) {
                continue;
            }
            String named = t.value(attr).asString();
            if (Keys.isAwsManagedAlias(named)) {
                // a value from a sensitive variable is never printed, even an alias name
                return t.attr(attr).sensitive()
                        ? t.address()
                        : named + " (through " + t.address() + ")";
            }
            // a lookup that Terraform made while planning carries the key's manager
            if (Keys.managedByAws(t)) {
                return t.address() + " (key_manager \"AWS\")";
            }
        }
        return null;
    }
}
