package dev.tfguard;

import dev.tfguard.model.Attr;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import dev.tfguard.model.SourceRef;
import dev.tfguard.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds model resources for tests that need no loader: {@code res("aws_kms_key.k").set("x",
 * true).build()}.
 */
public final class ResourceBuilder {
    private final String address;
    private final String modulePath;
    private final Mode mode;
    private final String type;
    private final String name;
    private Object key;
    private final Map<String, Attr> attrs = new LinkedHashMap<>();

    private ResourceBuilder(String address) {
        this.address = address;
        String rest = address;
        String module = "";
        while (rest.startsWith("module.")) {
            int dot = rest.indexOf('.', "module.".length());
            module =
                    module.isEmpty()
                            ? rest.substring(0, dot)
                            : module + "." + rest.substring(0, dot);
            rest = rest.substring(dot + 1);
        }
        this.modulePath = module;
        this.mode = rest.startsWith("data.") ? Mode.DATA : Mode.MANAGED;
        if (mode == Mode.DATA) {
            rest = rest.substring("data.".length());
        }
        int bracket = rest.indexOf('[');
        String block = bracket < 0 ? rest : rest.substring(0, bracket);
        if (bracket >= 0) {
            String k = rest.substring(bracket + 1, rest.length() - 1);
            key = k.startsWith("\"") ? k.substring(1, k.length() - 1) : Integer.valueOf(k);
        }
        this.type = block.substring(0, block.indexOf('.'));
        this.name = block.substring(block.indexOf('.') + 1);
    }

    public static ResourceBuilder res(String address) {
        return new ResourceBuilder(address);
    }

    public ResourceBuilder set(String name, Object value) {
        attrs.put(name, Attr.of(name, Value.of(value)));
        return this;
    }

    /**
     * An attribute whose value is known and written as references, e.g. {@code kms_key_id =
     * aws_kms_key.k.arn}.
     */
    public ResourceBuilder ref(String name, Object value, String... references) {
        attrs.put(name, new Attr(name, Value.of(value), List.of(references), null, false));
        return this;
    }

    public ResourceBuilder unknown(String name, String... references) {
        attrs.put(
                name,
                new Attr(
                        name,
                        Value.unknown("known after apply"),
                        List.of(references),
                        null,
                        false));
        return this;
    }

    public ResourceBuilder sensitive(String name, Object value) {
        attrs.put(name, new Attr(name, Value.of(value), List.of(), null, true));
        return this;
    }

    public Resource build() {
        return new Resource(
                address,
                modulePath,
                mode,
                type,
                name,
                key,
                attrs,
                SourceRef.of("main.tf", 1),
                null);
    }
}
