package dev.tfguard.rules.aws;

import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Security group ingress that lets any address ({@code 0.0.0.0/0} or {@code ::/0}) reach a port:
 * what TFG-EC-018 (ElastiCache) and TFG-MDB-008 (MemoryDB) report. A target's {@code
 * security_group_ids} lead to each {@code aws_security_group}; ingress comes from the group's
 * inline {@code ingress} blocks, {@code aws_vpc_security_group_ingress_rule} and {@code
 * aws_security_group_rule} resources whose {@code security_group_id} names the group. The rule's
 * messages {@code fail} and {@code unverified} get {@code {cidr}}, {@code {port}} and {@code
 * {cache}} (the target's address).
 */
final class OpenIngress {
    private static final String SG = "aws_security_group";
    private static final String INGRESS_RULE = "aws_vpc_security_group_ingress_rule";
    private static final String SG_RULE = "aws_security_group_rule";

    /** One way in: where it is written, and what it allows. */
    private record Ingress(
            Resource at,
            String attribute,
            Value protocol,
            Value from,
            Value to,
            List<Value> cidrs) {}

    private OpenIngress() {}

    /**
     * Reports every ingress open to any address on one of {@code ports}' ports of each target, once
     * per target.
     */
    static void check(
            ResourceGraph graph,
            Verdicts verdicts,
            List<Resource> targets,
            Function<Resource, List<Value>> ports) {
        Set<String> reported = new HashSet<>();
        // a security group shared by many targets is read once, not once per target
        Map<Resource, List<Ingress>> ingressOf = new IdentityHashMap<>();
        for (Resource target : targets) {
            List<Value> open = ports.apply(target);
            String outside = outside(graph, target);
            if (outside != null) {
                Value port = open.get(0);
                verdicts.unverified(
                        target,
                        "security_group_ids",
                        verdicts.text(
                                "unverified",
                                Map.of(
                                        "port",
                                        port.isKnown() ? port.asString() : "(known only at apply)",
                                        "cache",
                                        target.address(),
                                        "cidr",
                                        "any address")),
                        outside);
            }
            for (Resource sg : graph.targets(target, "security_group_ids")) {
                if (!sg.type().equals(SG) || sg.mode() != Mode.MANAGED) {
                    continue;
                }
                for (Ingress in : ingressOf.computeIfAbsent(sg, g -> ingress(graph, g))) {
                    for (Value port : open) {
                        judge(in, port, target, verdicts, reported);
                    }
                }
            }
        }
    }

    /**
     * Why some security group in {@code target}'s {@code security_group_ids} cannot be read: it is
     * not created in the scanned configuration (a module or data source outside the scan, a
     * variable without a value, a group known only by its id), so its ingress rules are unknown;
     * null when every group is one the scan holds.
     */
    private static String outside(ResourceGraph graph, Resource target) {
        Attr attr = target.attr("security_group_ids");
        if (attr == null || attr.value().isNull()) {
            return null;
        }
        boolean anyScanned =
                graph.targets(target, "security_group_ids").stream().anyMatch(OpenIngress::scanned);
        Value ids = attr.value();
        List<Value> elements = ids.isUnknown() ? List.of(ids) : ids.elements();
        for (Value id : elements) {
            if (id.isKnown()) {
                if (id.known() instanceof String s && !heldBy(graph, s)) {
                    return "security group "
                            + s
                            + " is not in the scanned configuration: its ingress rules cannot be read";
                }
                continue;
            }
            Set<String> refs = id.marks().refs();
            boolean fromScanned =
                    refs.isEmpty()
                            ? anyScanned
                            : refs.stream()
                                    .flatMap(r -> graph.named(target, r).stream())
                                    .anyMatch(OpenIngress::scanned);
            if (!fromScanned) {
                return (refs.isEmpty() ? "security_group_ids" : String.join(", ", refs))
                        + " is known only at apply and names no security group of the scanned configuration: its ingress rules cannot be read";
            }
        }
        return null;
    }

    /** A security group this configuration creates, whose ingress the scan can read. */
    private static boolean scanned(Resource r) {
        return r.type().equals(SG) && r.mode() == Mode.MANAGED;
    }

    /** True when a security group of the scan has the id {@code id} (a plan's existing groups). */
    private static boolean heldBy(ResourceGraph graph, String id) {
        return graph.ofType(SG).stream().anyMatch(g -> id.equals(g.value("id").asString()));
    }

    private static List<Ingress> ingress(ResourceGraph graph, Resource sg) {
        List<Ingress> out = new ArrayList<>();
        Value inline = sg.value("ingress");
        if (inline instanceof Value.Unknown) {
            out.add(new Ingress(sg, "ingress", inline, inline, inline, List.of(inline)));
        } else {
            for (Value b : inline.elements()) {
                if (b.isUnknown()) {
                    Value u = Value.unknown("an ingress block is known only at apply");
                    out.add(new Ingress(sg, "ingress", u, u, u, List.of(u)));
                } else if (b.isMapping()) {
                    out.add(
                            new Ingress(
                                    sg,
                                    "ingress",
                                    b.get("protocol"),
                                    b.get("from_port"),
                                    b.get("to_port"),
                                    List.of(b.get("cidr_blocks"), b.get("ipv6_cidr_blocks"))));
                }
            }
        }
        for (Resource r : graph.referrers(sg)) {
            boolean attached =
                    graph.targets(r, "security_group_id").stream().anyMatch(t -> t == sg);
            if (attached && r.type().equals(INGRESS_RULE)) {
                String cidr = r.attr("cidr_ipv4") != null ? "cidr_ipv4" : "cidr_ipv6";
                out.add(
                        new Ingress(
                                r,
                                cidr,
                                r.value("ip_protocol"),
                                r.value("from_port"),
                                r.value("to_port"),
                                List.of(r.value("cidr_ipv4"), r.value("cidr_ipv6"))));
            } else if (attached
                    && r.type().equals(SG_RULE)
                    && "ingress".equals(r.value("type").asString())) {
                out.add(
                        new Ingress(
                                r,
                                "cidr_blocks",
                                r.value("protocol"),
                                r.value("from_port"),
                                r.value("to_port"),
                                List.of(r.value("cidr_blocks"), r.value("ipv6_cidr_blocks"))));
            }
        }
        return out;
    }

    private static void judge(
            Ingress in, Value port, Resource cache, Verdicts verdicts, Set<String> reported) {
        String key = in.at().address() + " " + in.attribute() + " " + cache.address();
        if (reported.contains(key)) {
            return;
        }
        Boolean anyone = null;
        String cidr = null;
        boolean unknownCidr = false;
        for (Value c : in.cidrs()) {
            if (c.isUnknown()) {
                unknownCidr = true;
                continue;
            }
            for (Value x :
                    c.isSequence() ? c.elements() : c.isKnown() ? List.of(c) : List.<Value>of()) {
                if (x.isUnknown()) {
                    unknownCidr = true;
                } else if (x.known() instanceof String s && (s.endsWith("/0"))) {
                    cidr = s;
                }
            }
        }
        anyone = cidr != null ? Boolean.TRUE : unknownCidr ? null : Boolean.FALSE;
        if (Boolean.FALSE.equals(anyone)) {
            return;
        }
        Boolean covers = covers(in, port);
        if (Boolean.FALSE.equals(covers)) {
            return;
        }
        String portText = port.isKnown() ? port.asString() : "(known only at apply)";
        Map<String, String> words =
                Map.of(
                        "port",
                        portText,
                        "cache",
                        cache.address(),
                        "cidr",
                        cidr == null ? "any address" : cidr);
        reported.add(key);
        if (anyone == null || covers == null) {
            verdicts.unverified(
                    in.at(),
                    in.attribute(),
                    verdicts.text("unverified", words),
                    "the rule's addresses, protocol, ports or the port they guard are known only at apply");
        } else {
            verdicts.fail(in.at(), in.attribute(), verdicts.text("fail", words));
        }
    }

    /** Whether the ingress lets TCP traffic reach {@code port}; null when that is unknown. */
    private static Boolean covers(Ingress in, Value port) {
        Value protocol = in.protocol();
        if (protocol.isUnknown()) {
            return null;
        }
        String p =
                protocol.asString() == null
                        ? ""
                        : protocol.asString().toLowerCase(java.util.Locale.ROOT);
        if (p.equals("-1") || p.equals("all")) {
            return true; // every protocol and port; from_port and to_port are ignored
        }
        if (!p.equals("tcp") && !p.equals("6")) {
            return false;
        }
        if (port.isUnknown() || in.from().isUnknown() || in.to().isUnknown()) {
            return null;
        }
        Integer n = Caches.integer(port);
        Integer from = Caches.integer(in.from());
        Integer to = Caches.integer(in.to());
        if (n == null || from == null || to == null) {
            return false;
        }
        return from <= n && n <= to;
    }
}
