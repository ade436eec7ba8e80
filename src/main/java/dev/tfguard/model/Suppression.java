package dev.tfguard.model;

import java.time.LocalDate;

/**
 * A decision to accept a rule's finding: where it was written, why, until when, and what it covers.
 *
 * @param id the rule id as written: a tfguard id, or another scanner's id that a rule lists as an
 *     alias
 * @param reason why the finding is accepted; {@code null} when the comment gives none (peer
 *     comments only)
 * @param expires the last day the suppression holds, or {@code null} for no expiry
 * @param source where it comes from: {@code inline}, {@code config}, {@code checkov}, {@code tfsec}
 *     or {@code trivy}
 * @param where the comment or config entry that declares it
 * @param scope the findings it can cover
 */
public record Suppression(
        String id, String reason, LocalDate expires, String source, SourceRef where, Scope scope) {

    /** True for suppressions taken from another scanner's comment syntax. */
    public boolean fromPeer() {
        return !source.equals("inline") && !source.equals("config");
    }

    /** True when {@code today} is past the last day the suppression holds. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    /** What a suppression covers. */
    public sealed interface Scope {
        boolean covers(Finding f);
    }

    /**
     * The findings located in a range of lines of one file: the block a comment sits in or above.
     * Findings of a plan scan have a location when they were mapped to their source. A finding
     * located in a {@code .tfvars} file is covered where the resource uses the value too.
     */
    public record Lines(String file, int from, int to) implements Scope {
        @Override
        public boolean covers(Finding f) {
            return within(f.source()) || within(f.usedAt());
        }

        private boolean within(SourceRef at) {
            return at != null && file.equals(at.file()) && at.line() >= from && at.line() <= to;
        }
    }

    /**
     * The findings of a resource address and everything under it: {@code aws_x.y} covers {@code
     * aws_x.y[0]} and {@code aws_x.y["k"]}, {@code module.legacy} covers every resource of that
     * module call, whatever its instance keys, while {@code aws_x.y["k"]} covers that instance
     * only.
     */
    public record Address(String address) implements Scope {
        @Override
        public boolean covers(Finding f) {
            return under(f.resource()) || under(Addresses.withoutKeys(f.resource()));
        }

        private boolean under(String resource) {
            return resource.equals(address)
                    || resource.startsWith(address)
                            && (resource.charAt(address.length()) == '.'
                                    || resource.charAt(address.length()) == '[');
        }
    }
}
