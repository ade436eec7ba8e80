package dev.tfguard.loader.hcl.function;

/**
 * An error Terraform itself reports when it evaluates an expression: a wrong argument type, an
 * index out of range, a missing attribute. {@code try} and {@code can} catch it (as Terraform's
 * do); anywhere else the value becomes unverified with the message. Defects in tfguard's own code
 * are other exceptions and are never caught as this.
 */
public final class EvalException extends RuntimeException {

    public EvalException(String message) {
        super(message, null, false, false);
    }
}
