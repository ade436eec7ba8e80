package dev.tfguard.report;

import dev.tfguard.model.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders a scan result in one output format. Reporters are deterministic (same result, same bytes)
 * and never print a secret: findings carry no attribute values that are sensitive.
 */
public interface Reporter {

    void write(ScanResult result, Writer out) throws IOException;
}
