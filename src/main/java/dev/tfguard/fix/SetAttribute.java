package dev.tfguard.fix;

import dev.tfguard.model.Finding;
import dev.tfguard.model.Resource;
import dev.tfguard.model.RuleFix;

/**
 * The strategy {@code set}: writes {@code attribute = value} in the resource's block, or where the
 * value comes from. Parameters:
 *
 * <ul>
 *   <li>{@code attribute}, {@code value}: what to write ({@code value} as HCL, e.g. {@code true} or
 *       {@code "required"} with its quotes)
 *   <li>{@code consequence}: what the change does to running infrastructure; or {@code created} and
 *       {@code replaced}: what it does when the plan creates the resource, and when it may exist
 *       already (the change then replaces it, and the summary says how to keep its data)
 *   <li>{@code only-attribute} or {@code only-type}, with {@code otherwise}: fix only findings on
 *       that attribute or resource type, and leave the others saying {@code otherwise}
 *   <li>{@code only-created}: fix only resources the plan creates, and leave the others saying this
 * </ul>
 */
final class SetAttribute implements FixStrategy {

    @Override
    public boolean fix(FixRun run, Target t, RuleFix spec) {
        Finding f = t.finding();
        Resource r = t.resource();
        String onlyAttribute = spec.param("only-attribute");
        String onlyType = spec.param("only-type");
        if (onlyAttribute != null && !onlyAttribute.equals(f.attribute())
                || onlyType != null && !onlyType.equals(r.type())) {
            run.leave(f, spec.param("otherwise"));
            return false;
        }
        boolean created = run.existence(r) == FixRun.Existence.NEW;
        if (spec.param("only-created") != null && !created) {
            run.leave(f, spec.param("only-created"));
            return false;
        }
        boolean replaces = spec.param("replaced") != null;
        String consequence =
                !replaces
                        ? spec.param("consequence")
                        : created ? spec.param("created") : spec.param("replaced");
        boolean ok =
                run.set(
                        f,
                        t.src(),
                        t.block(),
                        r,
                        spec.param("attribute"),
                        spec.param("value"),
                        consequence);
        if (ok && replaces && !created) {
            run.replaced(r);
        }
        return ok;
    }
}
