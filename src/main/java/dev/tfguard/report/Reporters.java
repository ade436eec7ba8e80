package dev.tfguard.report;

import dev.tfguard.report.github.GithubReporter;
import dev.tfguard.report.json.JsonReporter;
import dev.tfguard.report.junit.JunitReporter;
import dev.tfguard.report.markdown.MarkdownReporter;
import dev.tfguard.report.sarif.SarifReporter;
import dev.tfguard.report.text.TextReporter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The output formats that {@code --format} accepts, by name. A new format is one line here and one
 * reporter class; the CLI and the docs read the names from {@link #names()}.
 */
public final class Reporters {

    /**
     * How a reporter is asked to render, where the format has a choice.
     *
     * @param colour the output goes to a terminal that shows colour
     * @param showSuppressed list suppressed findings, not only count them
     * @param repoRoot the repository root that report paths are relative to, or {@code null}
     * @param workspace where GitHub Actions checked the repository out ({@code GITHUB_WORKSPACE}),
     *     which annotation paths are relative to; {@code null} outside Actions
     */
    public record Style(
            boolean colour,
            boolean showSuppressed,
            java.nio.file.Path repoRoot,
            java.nio.file.Path workspace) {

        /** A style whose paths stay relative to the repository root. */
        public Style(boolean colour, boolean showSuppressed) {
            this(colour, showSuppressed, null, null);
        }
    }

    private static final Map<String, Function<Style, Reporter>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("text", style -> new TextReporter(style.colour(), style.showSuppressed()));
        BY_NAME.put("json", style -> new JsonReporter());
        BY_NAME.put("sarif", style -> new SarifReporter());
        BY_NAME.put("junit", style -> new JunitReporter());
        BY_NAME.put("github", style -> new GithubReporter(style.repoRoot(), style.workspace()));
        BY_NAME.put("markdown", style -> new MarkdownReporter());
    }

    private Reporters() {}

    /**
     * A new reporter for the format {@code name} (any case), or {@code null} when no format has
     * that name.
     */
    public static Reporter forFormat(String name, boolean colour) {
        return forFormat(name, new Style(colour, false));
    }

    /** A new reporter for the format {@code name} (any case) in {@code style}, or {@code null}. */
    public static Reporter forFormat(String name, Style style) {
        Function<Style, Reporter> f =
                name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
        return f == null ? null : f.apply(style);
    }

    /** A new reporter for the format {@code name} without colour, or {@code null}. */
    public static Reporter forFormat(String name) {
        return forFormat(name, false);
    }

    /** Every format name, in the order the help shows them. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(BY_NAME.keySet());
    }
}
