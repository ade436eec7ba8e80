package dev.tfguard.loader.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.Loader;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code terraform show -json} output (Terraform 0.12 and later, OpenTofu; plan format 0.1 to
 * 1.x) into resources of the model.
 *
 * <p>The main source is {@code resource_changes}: one resource per instance in the planned state,
 * with its {@code change.after} values and the {@link dev.tfguard.model.Change}. Values unknown
 * until apply are resolved through {@code configuration}: a constant stays a constant, a reference
 * becomes an unknown value that carries the reference, and an attribute the configuration does not
 * set takes the provider default (absent). Plans without resource changes are read from {@code
 * planned_values}.
 *
 * <p>The document is streamed with Jackson: only resources of {@link LoadOptions#relevant relevant}
 * types are kept with their attributes, so a plan of hundreds of megabytes loads in a small heap.
 * Input encodings are UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark,
 * as PowerShell redirection writes it.
 */
public final class PlanLoader implements Loader {

    /** How much of a file {@link #looksLikePlan} reads. */
    private static final int SNIFF_BYTES = 16 * 1024;

    private static final Set<String> PLAN_KEYS =
            Set.of("format_version", "terraform_version", "planned_values", "resource_changes");

    /**
     * Exact numbers: plans may hold large or fractional values, and Value keeps numbers as
     * BigDecimal.
     */
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '.*?'");
    private static final Pattern SOURCE_DESC =
            Pattern.compile("\\s*\\(for (Array|Object) starting at \\[Source:.*?\\]\\)");
    private static final Pattern CHAR_DESC =
            Pattern.compile("\\('.' \\(code (\\d+)\\)\\)|'.' \\(code (\\d+)\\)");

    /**
     * True when {@code file} starts (after any byte order mark) with a JSON object that has one of
     * the top-level keys of {@code terraform show -json} output, whatever the file is called.
     */
    public static boolean looksLikePlan(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException | SecurityException e) {
            return false;
        }
        try (JsonParser p = MAPPER.createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (PLAN_KEYS.contains(p.currentName())) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (IOException e) {
            // The head ends inside a value, or is not JSON: no plan key was seen before that point.
            return false;
        }
    }

    @Override
    public void load(Path input, LoadOptions options, Model model) {
        String display = options.display(input);
        PlanReader reader = new PlanReader(options);
        if (Files.isDirectory(input)) {
            model.error(new InputError(display, 0, "a folder, not a plan file"));
            return;
        }
        try {
            try (InputStream in = Files.newInputStream(input);
                    JsonParser p = MAPPER.createParser(in)) {
                read(reader, p, input);
            }
            if (reader.needsPlannedValues()) {
                try (InputStream in = Files.newInputStream(input);
                        JsonParser p = MAPPER.createParser(in)) {
                    reader.readPlannedValuesOnly(p);
                }
            }
        } catch (PlanFormatException e) {
            model.error(new InputError(display, e.line(), e.getMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            model.error(
                    new InputError(
                            display,
                            where == null ? 0 : Math.max(0, where.getLineNr()),
                            describe(e)));
        } catch (NoSuchFileException e) {
            model.error(new InputError(display, 0, "no such file"));
        } catch (AccessDeniedException e) {
            model.error(new InputError(display, 0, "permission denied"));
        } catch (IOException e) {
            model.error(
                    new InputError(
                            display,
                            0,
                            "cannot read: "
                                    + e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
        } finally {
            // Resources read before an error stay: the rest of the file may still be worth
            // scanning.
            reader.finish(model);
        }
    }

    private static void read(PlanReader reader, JsonParser p, Path input)
            throws IOException, PlanFormatException {
        try {
            reader.readDocument(p);
        } catch (StreamConstraintsException e) {
            // Jackson gives no location for a limit; the parser knows where it stopped, and the
            // error names that line
            throw new PlanFormatException(
                    Math.max(0, p.currentLocation().getLineNr()), describe(e));
        } catch (JsonProcessingException e) {
            if (p.currentToken() == null && isZip(input)) {
                throw new PlanFormatException(
                        0,
                        "a binary plan file, not JSON: convert it with "
                                + "terraform show -json PLANFILE");
            }
            if (p.currentToken() == null && !(e instanceof JsonEOFException)) {
                JsonLocation where = e.getLocation();
                throw new PlanFormatException(
                        where == null ? 0 : where.getLineNr(),
                        "not a JSON document (expected terraform show -json output)");
            }
            throw e;
        }
    }

    /** Terraform's saved plan files ({@code terraform plan -out}) are zip archives. */
    private static boolean isZip(Path input) {
        try (InputStream in = Files.newInputStream(input)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4
                    && magic[0] == 'P'
                    && magic[1] == 'K'
                    && magic[2] == 3
                    && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A message for a JSON syntax error. Jackson quotes the offending token, which may be part of a
     * secret, so tokens and characters are left out.
     */
    static String describe(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "unexpected end of file: the plan JSON is truncated";
        }
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.contains("nesting depth")) {
                return "JSON nested more than "
                        + StreamReadConstraints.defaults().getMaxNestingDepth()
                        + " levels deep";
            }
            return "a JSON value exceeds the parser's size limits";
        }
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        m = UNRECOGNIZED_TOKEN.matcher(m).replaceAll("unrecognized token");
        m = SOURCE_DESC.matcher(m).replaceAll("");
        Matcher c = CHAR_DESC.matcher(m);
        m = c.replaceAll(r -> "(code " + (r.group(1) != null ? r.group(1) : r.group(2)) + ")");
        if (m.isEmpty()) {
            return "invalid JSON";
        }
        return "invalid JSON: " + Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
