package dev.tfguard.loader.hcl.function;

/**
 * Thrown by a function for input it does not evaluate (a {@code format} verb not implemented yet):
 * the call's value becomes unverified with the message. Unlike {@link EvalException} it is not a
 * Terraform error, so {@code try} does not select its fallback.
 */
public class NotEvaluated extends RuntimeException {

    public NotEvaluated(String message) {
        super(message, null, false, false);
    }
}
