package dev.tfguard.engine;

import dev.tfguard.model.Finding;
import dev.tfguard.model.RuleInfo;
import dev.tfguard.model.Suppressed;
import dev.tfguard.model.Suppression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies suppressions to verdicts. A suppression names a rule by its tfguard id or by an id
 * another scanner uses for the same check (the rule's aliases), so that {@code
 * checkov:skip=CKV_AWS_29} covers TFG-EC-001. A suppression past its expiry covers nothing: its
 * finding comes back, with a notice saying so.
 */
public final class Suppressor {

    /**
     * What applying suppressions gave.
     *
     * @param kept verdicts that no valid suppression covers, in their original order
     * @param suppressed verdicts that one does, each with the first suppression that covers it
     * @param notices expired suppressions whose finding is back, and tfguard suppressions that name
     *     no rule
     */
    public record Outcome(List<Finding> kept, List<Suppressed> suppressed, List<String> notices) {}

    private final Map<String, Set<String>> rulesById = new HashMap<>();

    /** A suppressor for the rules that ran, whose ids and aliases a suppression may name. */
    public Suppressor(List<RuleInfo> rules) {
        for (RuleInfo r : rules) {
            rulesById.computeIfAbsent(key(r.id()), k -> new LinkedHashSet<>()).add(r.id());
            for (String alias : r.aliases()) {
                rulesById.computeIfAbsent(key(alias), k -> new LinkedHashSet<>()).add(r.id());
            }
        }
    }

    /** Splits {@code verdicts} into kept and suppressed as of {@code today}. */
    public Outcome apply(List<Finding> verdicts, List<Suppression> suppressions, LocalDate today) {
        List<Finding> kept = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        Set<String> notices = new LinkedHashSet<>();
        for (Suppression s : suppressions) {
            if (!s.fromPeer() && names(s).isEmpty()) {
                notices.add(
                        s.where()
                                + ": suppression names "
                                + s.id()
                                + ", which is neither a rule id nor another scanner's id for one; it suppresses nothing");
            }
        }
        for (Finding f : verdicts) {
            Suppression valid = null;
            for (Suppression s : suppressions) {
                if (!names(s).contains(f.rule()) || !s.scope().covers(f)) {
                    continue;
                }
                if (s.expiredOn(today)) {
                    notices.add(
                            s.where()
                                    + ": suppression of "
                                    + s.id()
                                    + " expired on "
                                    + s.expires()
                                    + "; "
                                    + f.resource()
                                    + " is reported again");
                } else if (valid == null) {
                    valid = s;
                }
            }
            if (valid == null) {
                kept.add(f);
            } else {
                suppressed.add(new Suppressed(f, valid));
            }
        }
        return new Outcome(kept, suppressed, List.copyOf(notices));
    }

    /** The rule ids a suppression names. */
    private Set<String> names(Suppression s) {
        return rulesById.getOrDefault(key(s.id()), Set.of());
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
