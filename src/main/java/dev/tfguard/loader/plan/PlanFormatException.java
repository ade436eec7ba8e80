package dev.tfguard.loader.plan;

/**
 * Valid JSON that is not shaped like {@code terraform show -json} output; carries the line for the
 * report.
 */
final class PlanFormatException extends Exception {

    private final int line;

    PlanFormatException(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
