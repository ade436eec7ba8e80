package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * TFG-EC-019: a user group that a cache uses for RBAC ({@code user_group_ids}, serverless {@code
 * user_group_id}) lets clients in without a password: it lists the AWS-managed user {@code
 * "default"} (no password, access {@code on ~* +@all}), or an {@code aws_elasticache_user} that
 * needs no password and whose access string turns it on. Members come from the group's {@code
 * user_ids} and from {@code aws_elasticache_user_group_association} resources. The finding is
 * reported where the fix goes: the group's {@code user_ids} for the AWS-managed user, the user's
 * own settings otherwise; it names the caches that are open.
 */
public final class PasswordlessUserRule implements Check {
    static final String USER = "aws_elasticache_user";
    static final String USER_GROUP = "aws_elasticache_user_group";
    static final String ASSOCIATION = "aws_elasticache_user_group_association";

    /**
     * The user every Redis OSS cache has: user ID and name {@code default}, no password, full
     * access.
     */
    static final String AWS_DEFAULT_USER = "default";

    /** Where a finding goes, with the caches it opens. */
    private record Spot(
            Resource at,
            String attribute,
            String user,
            String access,
            boolean unverified,
            String reason,
            List<String> caches) {}

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        Map<String, Spot> spots = new LinkedHashMap<>();
        for (Resource cache : caches(graph)) {
            String attribute =
                    cache.type().equals(Caches.SERVERLESS) ? "user_group_id" : "user_group_ids";
            for (Resource group : graph.targets(cache, attribute)) {
                if (group.type().equals(USER_GROUP) && group.mode() == Mode.MANAGED) {
                    members(graph, group, cache, spots);
                }
            }
        }
        for (Spot s : spots.values()) {
            Map<String, String> words =
                    Map.of(
                            "user",
                            s.user(),
                            "access",
                            s.access(),
                            "caches",
                            String.join(", ", s.caches()));
            String key = s.user().equals(AWS_DEFAULT_USER) ? "default_user" : "fail";
            if (s.unverified()) {
                verdicts.unverified(
                        s.at(), s.attribute(), verdicts.text("unverified", words), s.reason());
            } else {
                verdicts.fail(s.at(), s.attribute(), verdicts.text(key, words));
            }
        }
    }

    private static List<Resource> caches(ResourceGraph graph) {
        List<Resource> out = new ArrayList<>(graph.ofType(Caches.GROUP));
        out.addAll(graph.ofType(Caches.SERVERLESS));
        return out;
    }

    /** The group's members that let a client in without a password, added to {@code spots}. */
    private static void members(
            ResourceGraph graph, Resource group, Resource cache, Map<String, Spot> spots) {
        if (listsAwsDefaultUser(group.value("user_ids"))) {
            add(
                    spots,
                    new Spot(
                            group,
                            "user_ids",
                            AWS_DEFAULT_USER,
                            "on ~* +@all",
                            false,
                            null,
                            new ArrayList<>()),
                    cache);
        }
        List<Resource> users = new ArrayList<>(graph.targets(group, "user_ids"));
        for (Resource r : graph.referrers(group)) {
            if (r.type().equals(ASSOCIATION) && graph.targets(r, "user_group_id").contains(group)) {
                if (AWS_DEFAULT_USER.equals(r.value("user_id").asString())) {
                    add(
                            spots,
                            new Spot(
                                    r,
                                    "user_id",
                                    AWS_DEFAULT_USER,
                                    "on ~* +@all",
                                    false,
                                    null,
                                    new ArrayList<>()),
                            cache);
                }
                users.addAll(graph.targets(r, "user_id"));
            }
        }
        for (Resource user : users) {
            if (user.type().equals(USER) && user.mode() == Mode.MANAGED) {
                judge(user, cache, spots);
            }
        }
    }

    /**
     * Whether a group's {@code user_ids} holds the AWS-managed user's ID as a value (a user cannot
     * take it).
     */
    private static boolean listsAwsDefaultUser(Value ids) {
        return ids.elements().stream().anyMatch(id -> AWS_DEFAULT_USER.equals(id.known()));
    }

    private static void judge(Resource user, Resource cache, Map<String, Spot> spots) {
        Value access = user.value("access_string");
        Boolean on = enabled(access);
        if (Boolean.FALSE.equals(on)) {
            return;
        }
        String where = "no_password_required";
        Boolean passwordless = user.value("no_password_required").asBool();
        Value mode = user.value("authentication_mode");
        boolean unknownMode = mode.isUnknown();
        if (!mode.elements().isEmpty()) {
            Value type = mode.get(0).get("type");
            if (type.isUnknown()) {
                unknownMode = true;
            } else if ("no-password-required".equals(type.known())) {
                passwordless = Boolean.TRUE;
                where = "authentication_mode";
            }
        }
        Value flag = user.value("no_password_required");
        if (!Boolean.TRUE.equals(passwordless) && !flag.isUnknown() && !unknownMode) {
            return;
        }
        String name = user.value("user_name").asString();
        String shownUser = user.address() + (name == null ? "" : " (user name \"" + name + "\")");
        String shownAccess = access.isKnown() ? access.asString() : "unknown";
        if (Boolean.TRUE.equals(passwordless) && Boolean.TRUE.equals(on)) {
            add(
                    spots,
                    new Spot(user, where, shownUser, shownAccess, false, null, new ArrayList<>()),
                    cache);
        } else {
            String reason =
                    on == null
                            ? "the user's access_string is known only at apply"
                            : "whether the user needs a password is known only at apply";
            String at = on == null && Boolean.TRUE.equals(passwordless) ? "access_string" : where;
            add(
                    spots,
                    new Spot(user, at, shownUser, shownAccess, true, reason, new ArrayList<>()),
                    cache);
        }
    }

    /**
     * Whether an access string turns the user on: its last {@code on} or {@code off} rule decides,
     * and with neither the user is off. {@code null} when the string is unknown.
     */
    static Boolean enabled(Value access) {
        if (access.isUnknown()) {
            return null;
        }
        String text = access.asString();
        if (text == null) {
            return Boolean.FALSE; // no access string: the user has no rights
        }
        Boolean on = Boolean.FALSE;
        for (String rule : text.trim().split("\\s+")) {
            String r = rule.toLowerCase(Locale.ROOT);
            if (r.equals("on")) {
                on = Boolean.TRUE;
            } else if (r.equals("off")) {
                on = Boolean.FALSE;
            }
        }
        return on;
    }

    private static void add(Map<String, Spot> spots, Spot spot, Resource cache) {
        Spot s = spots.computeIfAbsent(spot.at().address() + " " + spot.attribute(), k -> spot);
        if (!s.caches().contains(cache.address())) {
            s.caches().add(cache.address());
        }
    }
}
