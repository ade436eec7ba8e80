package dev.tfguard.property;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A random but valid configuration of KMS keys, aliases and ElastiCache replication groups, whose
 * findings for the core rules are known by construction (the definitions of
 * ../shared/bench/README.md), rendered either as Terraform source, with every value reached through
 * a randomly chosen path of the evaluator, or as the {@code terraform show -json} plan of the same
 * configuration.
 */
final class RandomConfiguration {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A boolean attribute: unset, or a value written as a boolean or as the string Terraform also
     * accepts.
     */
    record Flag(Boolean value, boolean asString) {
        boolean isTrue() {
            return Boolean.TRUE.equals(value);
        }
    }

    record Key(String name, Flag rotation) {}

    /** An alias of a key; a group that names the alias uses the key. */
    record Alias(String name, Key key) {}

    record Group(
            String name,
            String engine,
            Flag atRest,
            Flag transit,
            boolean authToken,
            boolean userGroups,
            Key key,
            Alias alias) {}

    final long seed;
    final List<Key> keys = new ArrayList<>();
    final List<Alias> aliases = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    private final Random random;

    RandomConfiguration(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        int nKeys = random.nextInt(4);
        for (int i = 0; i < nKeys; i++) {
            keys.add(new Key("k" + i, flag()));
        }
        for (Key k : keys) {
            if (random.nextInt(3) == 0) {
                aliases.add(new Alias("a_" + k.name(), k));
            }
        }
        int nGroups = 1 + random.nextInt(5);
        for (int i = 0; i < nGroups; i++) {
            String engine = List.of("redis", "valkey", "").get(random.nextInt(3));
            Key key = null;
            Alias alias = null;
            if (!keys.isEmpty() && random.nextInt(3) > 0) {
                key = keys.get(random.nextInt(keys.size()));
                for (Alias a : aliases) {
                    if (a.key() == key && random.nextBoolean()) {
                        alias = a;
                    }
                }
            }
            groups.add(
                    new Group(
                            "g" + i,
                            engine,
                            flag(),
                            flag(),
                            random.nextInt(3) == 0,
                            random.nextInt(4) == 0,
                            key,
                            alias));
        }
    }

    private Flag flag() {
        int n = random.nextInt(5);
        return n == 0 ? new Flag(null, false) : new Flag(n % 2 == 1, n >= 3);
    }

    /**
     * "RULE address" for each finding of TFG-EC-001..004 and TFG-KMS-001 this configuration must
     * give.
     */
    TreeSet<String> expected() {
        TreeSet<String> out = new TreeSet<>();
        for (Group g : groups) {
            String a = "aws_elasticache_replication_group." + g.name();
            // unset, at-rest encryption follows the engine: on for Valkey, off for Redis (the
            // default engine)
            boolean atRest =
                    g.atRest().value() == null ? g.engine().equals("valkey") : g.atRest().isTrue();
            if (!atRest) {
                out.add("TFG-EC-001 " + a);
            }
            if (g.key() == null) {
                out.add("TFG-EC-002 " + a);
            }
            if (!g.transit().isTrue()) {
                out.add("TFG-EC-003 " + a);
            }
            if (!g.authToken() && !g.userGroups()) {
                out.add("TFG-EC-004 " + a);
            }
        }
        for (Key k : keys) {
            if (!k.rotation().isTrue()) {
                out.add("TFG-KMS-001 aws_kms_key." + k.name());
            }
        }
        return out;
    }

    /**
     * For each key, the groups whose {@code kms_key_id} leads to it (directly or through its
     * alias).
     */
    TreeMap<String, TreeSet<String>> keyUsers() {
        TreeMap<String, TreeSet<String>> out = new TreeMap<>();
        for (Group g : groups) {
            if (g.key() != null) {
                out.computeIfAbsent("aws_kms_key." + g.key().name(), k -> new TreeSet<>())
                        .add("aws_elasticache_replication_group." + g.name());
            }
        }
        return out;
    }

    // -------------------------------------------------------------------------------------------------- source

    /**
     * Terraform source; values are literals, variables, locals, conditionals or tfvars, chosen at
     * random.
     */
    String hcl(Random how, StringBuilder tfvars) {
        StringBuilder decls = new StringBuilder();
        StringBuilder body = new StringBuilder();
        int[] n = {0};
        for (Key k : keys) {
            body.append("resource \"aws_kms_key\" \"").append(k.name()).append("\" {\n");
            body.append("  description = \"key ").append(k.name()).append("\"\n");
            attribute(body, decls, tfvars, how, n, "enable_key_rotation", k.rotation());
            body.append("}\n\n");
        }
        for (Alias a : aliases) {
            body.append("resource \"aws_kms_alias\" \"").append(a.name()).append("\" {\n");
            body.append("  name          = \"alias/").append(a.name()).append("\"\n");
            body.append("  target_key_id = aws_kms_key.")
                    .append(a.key().name())
                    .append(".key_id\n}\n\n");
        }
        for (Group g : groups) {
            body.append("resource \"aws_elasticache_replication_group\" \"")
                    .append(g.name())
                    .append("\" {\n");
            body.append("  replication_group_id = \"").append(g.name()).append("\"\n");
            body.append("  description          = \"group ").append(g.name()).append("\"\n");
            if (!g.engine().isEmpty()) {
                body.append("  engine               = ")
                        .append(
                                value(
                                        decls,
                                        tfvars,
                                        how,
                                        n,
                                        "\"" + g.engine() + "\"",
                                        "\"" + g.engine() + "\""))
                        .append('\n');
            }
            attribute(body, decls, tfvars, how, n, "at_rest_encryption_enabled", g.atRest());
            attribute(body, decls, tfvars, how, n, "transit_encryption_enabled", g.transit());
            if (g.authToken()) {
                decls.append("variable \"token_")
                        .append(g.name())
                        .append("\" {\n  type      = string\n")
                        .append("  sensitive = true\n  default   = \"not-a-secret-")
                        .append(seed)
                        .append("\"\n}\n\n");
                body.append("  auth_token           = var.token_").append(g.name()).append('\n');
            }
            if (g.userGroups()) {
                body.append("  user_group_ids       = [")
                        .append(value(decls, tfvars, how, n, "\"users\"", "\"users\""))
                        .append("]\n");
            }
            if (g.alias() != null) {
                body.append("  kms_key_id           = aws_kms_alias.")
                        .append(g.alias().name())
                        .append(".arn\n");
            } else if (g.key() != null) {
                body.append("  kms_key_id           = aws_kms_key.")
                        .append(g.key().name())
                        .append(".arn\n");
            }
            body.append("}\n\n");
        }
        return decls.append(body).toString();
    }

    private void attribute(
            StringBuilder body,
            StringBuilder decls,
            StringBuilder tfvars,
            Random how,
            int[] n,
            String name,
            Flag f) {
        if (f.value() == null) {
            return;
        }
        String literal = f.asString() ? "\"" + f.value() + "\"" : f.value().toString();
        String negated = f.asString() ? "\"" + !f.value() + "\"" : Boolean.toString(!f.value());
        body.append("  ")
                .append(name)
                .append(" = ")
                .append(value(decls, tfvars, how, n, literal, negated))
                .append('\n');
    }

    /** An expression whose value is {@code literal}, by one of the evaluator's paths. */
    private static String value(
            StringBuilder decls,
            StringBuilder tfvars,
            Random how,
            int[] n,
            String literal,
            String other) {
        int i = n[0]++;
        switch (how.nextInt(6)) {
            case 1 -> {
                decls.append("variable \"v")
                        .append(i)
                        .append("\" {\n  default = ")
                        .append(literal)
                        .append("\n}\n\n");
                return "var.v" + i;
            }
            case 2 -> {
                decls.append("locals {\n  l")
                        .append(i)
                        .append(" = ")
                        .append(literal)
                        .append("\n}\n\n");
                return "local.l" + i;
            }
            case 3 -> {
                return "length(\"ab\") == 2 ? " + literal + " : " + other;
            }
            case 4 -> {
                // a tfvars value wins over the default, as in Terraform
                decls.append("variable \"t")
                        .append(i)
                        .append("\" {\n  default = ")
                        .append(other)
                        .append("\n}\n\n");
                tfvars.append("t").append(i).append(" = ").append(literal).append('\n');
                return "var.t" + i;
            }
            case 5 -> {
                decls.append("locals {\n  m")
                        .append(i)
                        .append(" = { x = ")
                        .append(literal)
                        .append(" }\n}\n\n");
                return "local.m" + i + ".x";
            }
            default -> {
                return literal;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- plan

    /** The plan Terraform would show for this configuration, before anything is created. */
    String plan() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.put("format_version", "1.2");
        doc.put("terraform_version", "1.9.8");
        ArrayNode changes = doc.putArray("resource_changes");
        ArrayNode config =
                doc.putObject("configuration").putObject("root_module").putArray("resources");
        for (Key k : keys) {
            ObjectNode after = f.objectNode();
            after.put("description", "key " + k.name());
            put(after, "enable_key_rotation", k.rotation());
            after.put("customer_master_key_spec", "SYMMETRIC_DEFAULT");
            after.put("key_usage", "ENCRYPT_DECRYPT");
            ObjectNode unknown =
                    f.objectNode().put("arn", true).put("key_id", true).put("id", true);
            ObjectNode expr = f.objectNode();
            expr.putObject("description").put("constant_value", "key " + k.name());
            constant(expr, "enable_key_rotation", k.rotation());
            add(changes, config, "aws_kms_key", k.name(), after, unknown, f.objectNode(), expr);
        }
        for (Alias a : aliases) {
            ObjectNode after = f.objectNode().put("name", "alias/" + a.name());
            after.putNull("target_key_id");
            ObjectNode unknown =
                    f.objectNode().put("arn", true).put("target_key_id", true).put("id", true);
            ObjectNode expr = f.objectNode();
            expr.putObject("name").put("constant_value", "alias/" + a.name());
            expr.putObject("target_key_id")
                    .putArray("references")
                    .add("aws_kms_key." + a.key().name() + ".key_id")
                    .add("aws_kms_key." + a.key().name());
            add(changes, config, "aws_kms_alias", a.name(), after, unknown, f.objectNode(), expr);
        }
        for (Group g : groups) {
            ObjectNode after = f.objectNode();
            ObjectNode unknown = f.objectNode().put("arn", true).put("id", true);
            ObjectNode sensitive = f.objectNode();
            ObjectNode expr = f.objectNode();
            after.put("replication_group_id", g.name());
            after.put("description", "group " + g.name());
            after.put("engine", g.engine().isEmpty() ? "redis" : g.engine());
            if (!g.engine().isEmpty()) {
                expr.putObject("engine").put("constant_value", g.engine());
            }
            put(after, "at_rest_encryption_enabled", g.atRest());
            constant(expr, "at_rest_encryption_enabled", g.atRest());
            put(after, "transit_encryption_enabled", g.transit());
            constant(expr, "transit_encryption_enabled", g.transit());
            if (g.authToken()) {
                after.put("auth_token", "not-a-secret-" + seed);
                sensitive.put("auth_token", true);
                expr.putObject("auth_token").putArray("references").add("var.token_" + g.name());
            } else {
                after.putNull("auth_token");
            }
            if (g.userGroups()) {
                after.putArray("user_group_ids").add("users");
                expr.putObject("user_group_ids").putArray("constant_value").add("users");
            } else {
                after.putNull("user_group_ids");
            }
            if (g.key() != null) {
                unknown.put("kms_key_id", true);
                String target =
                        g.alias() != null
                                ? "aws_kms_alias." + g.alias().name()
                                : "aws_kms_key." + g.key().name();
                expr.putObject("kms_key_id")
                        .putArray("references")
                        .add(target + ".arn")
                        .add(target);
            } else {
                after.putNull("kms_key_id");
            }
            add(
                    changes,
                    config,
                    "aws_elasticache_replication_group",
                    g.name(),
                    after,
                    unknown,
                    sensitive,
                    expr);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ObjectNode after, String name, Flag f) {
        if (f.value() == null) {
            after.putNull(name);
        } else if (f.asString()) {
            after.put(name, f.value().toString());
        } else {
            after.put(name, f.value());
        }
    }

    private static void constant(ObjectNode expr, String name, Flag f) {
        if (f.value() != null) {
            put(expr.putObject(name), "constant_value", f);
        }
    }

    private static void add(
            ArrayNode changes,
            ArrayNode config,
            String type,
            String name,
            ObjectNode after,
            ObjectNode unknown,
            ObjectNode sensitive,
            ObjectNode expressions) {
        ObjectNode rc = changes.addObject();
        rc.put("address", type + "." + name)
                .put("mode", "managed")
                .put("type", type)
                .put("name", name)
                .put("provider_name", "registry.terraform.io/hashicorp/aws");
        ObjectNode change = rc.putObject("change");
        change.putArray("actions").add("create");
        change.putNull("before");
        change.set("after", after);
        change.set("after_unknown", unknown);
        change.put("before_sensitive", false);
        change.set("after_sensitive", sensitive);
        ObjectNode c = config.addObject();
        c.put("address", type + "." + name)
                .put("mode", "managed")
                .put("type", type)
                .put("name", name)
                .put("provider_config_key", "aws");
        c.set("expressions", expressions);
    }
}
