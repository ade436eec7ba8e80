package dev.tfguard.loader;

import dev.tfguard.loader.config.ConfigFiles;
import dev.tfguard.loader.hcl.HclLoader;
import dev.tfguard.model.Addresses;
import dev.tfguard.model.Attr;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives the resources of a plan the file and line of the Terraform source they were planned from,
 * so that plan findings carry locations (for annotations and SARIF) and the source's inline
 * suppressions apply to them. Each plan instance is matched to its configuration block by address
 * without instance keys: {@code module.a["x"].aws_k.b[0]} to the block {@code aws_k.b} in the
 * folder that {@code module.a} calls.
 */
final class SourceMapper {

    private SourceMapper() {}

    /**
     * True when {@code dir} holds Terraform files, so a plan next to them was presumably made from
     * them.
     */
    static boolean holdsTerraform(Path dir) {
        try (var s = Files.list(dir)) {
            return s.anyMatch(
                    p -> dev.tfguard.loader.config.ConfigFiles.isConfig(ConfigFiles.name(p)));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Moves the resources of {@code plan} into {@code into}, located through the source in {@code
     * dir}. When the source was asked for ({@code explicit}), its errors are errors of the scan;
     * when it was only found next to the plan, they are warnings, since the plan is scanned either
     * way.
     */
    static void map(Model plan, Path dir, boolean explicit, LoadOptions options, Model into) {
        Model source = new Model();
        new HclLoader().loadRoot(dir, options, source);
        for (InputError e : source.errors()) {
            if (explicit) {
                into.error(e);
            } else {
                into.warn(
                        e + " (in the source next to the plan; plan findings there have no line)");
            }
        }
        Map<String, Resource> blocks = new HashMap<>();
        for (Resource r : source.resources()) {
            blocks.putIfAbsent(Addresses.withoutKeys(r.address()), r);
        }
        for (Resource r : plan.resources()) {
            Resource block = blocks.get(Addresses.withoutKeys(r.address()));
            into.add(block == null || r.source() != null ? r : located(r, block));
        }
        plan.errors().forEach(into::error);
        plan.warnings().forEach(into::warn);
        plan.suppressions().forEach(into::suppress);
        source.suppressions().forEach(into::suppress);
    }

    private static Resource located(Resource r, Resource block) {
        Map<String, Attr> attrs = new LinkedHashMap<>();
        r.attributes()
                .forEach(
                        (name, a) -> {
                            Attr written = block.attr(name);
                            attrs.put(
                                    name,
                                    written == null || written.source() == null
                                            ? a
                                            : new Attr(
                                                    a.name(),
                                                    a.value(),
                                                    a.references(),
                                                    written.source(),
                                                    a.sensitive()));
                        });
        return new Resource(
                r.address(),
                r.modulePath(),
                r.mode(),
                r.type(),
                r.name(),
                r.indexKey(),
                attrs,
                block.source(),
                r.change());
    }
}
