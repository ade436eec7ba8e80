package dev.tfguard.fix;

import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Resource;
import dev.tfguard.model.RuleFix;

/**
 * The strategy {@code transit-encryption}: turns TLS on for an ElastiCache replication group, with
 * the {@code transit_encryption_mode} that lets it happen in place where the engine allows it, and
 * says what the change does to a running group. Parameters: {@code replaced}, what a replacement
 * does; {@code follow-up}, the rule that reports the group until its mode is "required".
 */
final class TransitEncryption implements FixStrategy {

    @Override
    public boolean fix(FixRun run, Target t, RuleFix spec) {
        Finding f = t.finding();
        SourceText src = t.src();
        Block block = t.block();
        Resource r = t.resource();
        String replacesText = spec.param("replaced");
        FixRun.Existence ex = run.existence(r);
        Boolean inPlace = inPlaceTransit(r);
        boolean versionAbsent = r.value("engine_version").isNull();
        String mode = null;
        if (block.body().attribute("transit_encryption_mode").isEmpty()) {
            if (ex == FixRun.Existence.EXISTING) {
                mode = Boolean.FALSE.equals(inPlace) ? null : "preferred";
            } else {
                mode = Boolean.TRUE.equals(inPlace) || versionAbsent ? "required" : null;
            }
        }
        String consequence;
        boolean replaces = false;
        String twoSteps =
                "in place, in two applies as AWS requires: transit_encryption_mode = \"preferred\" "
                        + "accepts clients with and without TLS; once every client uses TLS, set \"required\" and apply "
                        + "again"
                        + (spec.param("follow-up") == null
                                ? ""
                                : " ("
                                        + spec.param("follow-up")
                                        + " reports the group until then)");
        if (ex == FixRun.Existence.NEW) {
            consequence =
                    "the group is created with TLS"
                            + (mode == null ? "" : " and refuses clients without it");
        } else if (Boolean.FALSE.equals(inPlace)) {
            consequence =
                    replacesText
                            + " (below engine 7.0.5, TLS cannot be turned on in place)"
                            + (ex == FixRun.Existence.UNKNOWN
                                    ? "; a group not created yet is simply created with TLS"
                                    : "");
            replaces = true;
        } else if (ex == FixRun.Existence.EXISTING) {
            consequence =
                    twoSteps
                            + (inPlace == null
                                    ? "; this holds on engine 7.0.5 and later, on an older "
                                            + "engine the change "
                                            + replacesText
                                    : "");
            replaces = inPlace == null;
        } else {
            consequence =
                    "a group not created yet gets TLS"
                            + (mode == null ? "" : " and refuses clients without it")
                            + "; a group that already runs cannot take \"required\" in one step: run tfguard fix "
                            + "--existing (or --plan) to go through \"preferred\" first"
                            + (inPlace == null
                                    ? " (in place on engine 7.0.5 and later; on an older engine the change "
                                            + replacesText
                                            + ")"
                                    : "");
        }
        boolean ok = run.set(f, src, block, r, "transit_encryption_enabled", "true", consequence);
        if (ok && mode != null) {
            run.insertOnly(f, src, block, r, "transit_encryption_mode", "\"" + mode + "\"", null);
        }
        if (ok && replaces) {
            run.replaced(r);
        }
        return ok;
    }

    /**
     * Whether the group's engine turns transit encryption on in place: Valkey and Redis OSS 7.0.5
     * or later ({@code transit_encryption_enabled} forces replacement below that; see the AWS
     * provider's {@code aws_elasticache_replication_group} documentation, provider 5.x). Null when
     * the version is not known.
     */
    static Boolean inPlaceTransit(Resource r) {
        if ("valkey".equals(r.value("engine").asString())) {
            return true;
        }
        String v = r.value("engine_version").asString();
        if (v == null) {
            return null;
        }
        String[] parts = v.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            if (major != 7) {
                return major > 7;
            }
            if (parts.length < 2 || parts[1].equals("x")) {
                return null;
            }
            int minor = Integer.parseInt(parts[1]);
            if (minor > 0) {
                return true;
            }
            return parts.length < 3 ? null : Integer.parseInt(parts[2]) >= 5;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
