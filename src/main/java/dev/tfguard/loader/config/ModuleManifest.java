package dev.tfguard.loader.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The modules that {@code terraform init} or {@code tofu init} installed for a root module, read
 * from {@code .terraform/modules/modules.json} ({@code $TF_DATA_DIR/modules/modules.json} when
 * {@code TF_DATA_DIR} is set). Each record is keyed by the names of the module calls from the root,
 * joined with dots ({@code cache}, {@code cache.replicas}: no instance keys, the root itself is
 * {@code ""}), and names the folder the module sits in, relative to the root module's folder,
 * whatever its source: a registry or git module under {@code .terraform/modules/...}, a local one
 * where it is.
 */
public final class ModuleManifest {

    /**
     * Created on first use: an {@code ObjectMapper} costs a one-file scan tens of milliseconds of
     * class initialisation (date formats, time zones), and most roots have no manifest.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** One installed module. */
    public record Installed(String key, String source, String version, Path dir) {}

    private final Path file;
    private final Map<String, Installed> byKey;

    private ModuleManifest(Path file, Map<String, Installed> byKey) {
        this.file = file;
        this.byKey = byKey;
    }

    /** A manifest that lists nothing: a root module that was never initialised. */
    public static ModuleManifest none() {
        return new ModuleManifest(null, Map.of());
    }

    /** The manifest file of the root module in {@code rootDir}, whether it exists or not. */
    public static Path location(Path rootDir, Map<String, String> environment) {
        String data = environment.get("TF_DATA_DIR");
        Path dataDir;
        try {
            dataDir =
                    data == null || data.isBlank()
                            ? rootDir.resolve(".terraform")
                            : rootDir.resolve(data);
        } catch (InvalidPathException e) {
            dataDir = rootDir.resolve(".terraform");
        }
        return dataDir.resolve("modules").resolve("modules.json").normalize();
    }

    /**
     * Reads the manifest of the root module in {@code rootDir}; {@link #none()} when there is none.
     *
     * @throws ManifestException when the file exists but is not a manifest
     */
    public static ModuleManifest read(Path rootDir, Map<String, String> environment) {
        Path file = location(rootDir, environment);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new ManifestException(file, "cannot be read as JSON (run terraform init again)");
        }
        JsonNode modules = tree == null ? null : tree.get("Modules");
        if (modules == null || !modules.isArray()) {
            throw new ManifestException(
                    file, "has no \"Modules\" list (is this a modules.json of terraform init?)");
        }
        Map<String, Installed> byKey = new HashMap<>();
        for (JsonNode m : modules) {
            JsonNode key = m.get("Key");
            JsonNode dir = m.get("Dir");
            if (key == null || !key.isTextual() || dir == null || !dir.isTextual()) {
                continue;
            }
            try {
                // Dir is written with the separators of the machine that ran init
                Path at = rootDir.resolve(dir.asText().replace('\\', '/')).normalize();
                byKey.putIfAbsent(
                        key.asText(),
                        new Installed(
                                key.asText(), text(m.get("Source")), text(m.get("Version")), at));
            } catch (InvalidPathException e) {
                // a folder no file system can hold is no installed module
            }
        }
        return new ModuleManifest(file, byKey);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /**
     * The key Terraform gives the module that the calls {@code names} lead to, from the root:
     * {@code a.b}.
     */
    public static String key(Iterable<String> names) {
        return String.join(".", names);
    }

    /** The installed module of {@code key}, or {@code null} when init did not install it. */
    public Installed get(String key) {
        return byKey.get(key);
    }

    /** The manifest file, or {@code null} when there is none. */
    public Path file() {
        return file;
    }

    /** A manifest file that exists but cannot be read as one. */
    public static final class ManifestException extends RuntimeException {
        private final transient Path file;

        ManifestException(Path file, String message) {
            super(message);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
