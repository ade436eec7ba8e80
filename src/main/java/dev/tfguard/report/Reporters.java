package dev.tfguard.report;

import dev.tfguard.report.github.GithubReporter;
import dev.tfguard.report.junit.JunitReporter;
import dev.tfguard.report.markdown.MarkdownReporter;
import dev.tfguard.report.sarif.SarifReporter;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The output formats that {@code --format} accepts, by name. A new format is one line here and one reporter
 * class; the CLI and the docs read the names from {@link #names()}.
 */
public final class Reporters {

    private static final Map<String, Supplier<Reporter>> BY_NAME = new TreeMap<>();

    static {
        BY_NAME.put("sarif", SarifReporter::new);
        BY_NAME.put("junit", JunitReporter::new);
        BY_NAME.put("github", GithubReporter::new);
        BY_NAME.put("markdown", MarkdownReporter::new);
    }

    private Reporters() {
    }

    /** A new reporter for the format {@code name} (any case), or {@code null} when no format has that name. */
    public static Reporter forFormat(String name) {
        Supplier<Reporter> s = name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
        return s == null ? null : s.get();
    }

    /** Every format name, sorted. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(BY_NAME.keySet());
    }
}
