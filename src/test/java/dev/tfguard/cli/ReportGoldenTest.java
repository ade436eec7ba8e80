package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.Golden;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text and JSON reports of the insecure example plan, against golden files. */
class ReportGoldenTest {
    private static final String PLAN = "testdata/plan/insecure/plan.json";
    private static final String TOKEN = "example-token-not-a-secret-0001";

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void insecurePlan(String format) throws IOException {
        CliTest.Run r = CliTest.run("--format", format, PLAN);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).doesNotContain(TOKEN);
        Golden.assertMatches(
                r.out().replace(Version.get(), "VERSION"),
                format + "/insecure-plan." + (format.equals("text") ? "txt" : "json"));
    }
}
