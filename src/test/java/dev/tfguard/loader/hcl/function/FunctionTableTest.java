package dev.tfguard.loader.hcl.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table of built-in functions, whose families are loaded on first lookup. */
class FunctionTableTest {

    @Test
    void everyNameLooksUpToItsOwnFunctionWithAndWithoutCorePrefix() {
        Set<String> names = Functions.names();
        assertThat(names).contains("jsonencode", "merge", "format", "cidrsubnet", "timestamp");
        assertThat(names).hasSizeGreaterThan(100);
        for (String name : names) {
            assertThat(Functions.lookup(name).name()).isEqualTo(name);
            assertThat(Functions.lookup("core::" + name).name()).isEqualTo(name);
        }
    }

    @Test
    void unknownNamesAreNull() {
        assertThat(Functions.lookup("no_such_function")).isNull();
        assertThat(Functions.lookup("core::no_such_function")).isNull();
    }
}
