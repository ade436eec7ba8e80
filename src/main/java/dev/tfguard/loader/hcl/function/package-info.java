/**
 * Terraform's built-in functions, each a typed {@link dev.tfguard.loader.hcl.function.FunctionSpec}
 * over {@link dev.tfguard.model.Value}s, and the conversions between types ({@link
 * dev.tfguard.loader.hcl.function.Convert}).
 *
 * <h2>The value model</h2>
 *
 * A {@link dev.tfguard.model.Value} is {@code Known} (a {@code String}, {@code BigDecimal}, {@code
 * Boolean}, {@code List<Value>} for list/set/tuple or {@code Map<String, Value>} for map/object,
 * with its {@link dev.tfguard.model.Value.Kind}), {@code Null} (typed), or {@code Unknown} (typed,
 * with refinements: not null, a known string prefix, length bounds). Unknown and null values may
 * sit anywhere inside a known collection; {@link dev.tfguard.model.Value#isWhollyKnown()} tells.
 * Construct with {@code Value.string}, {@code number}, {@code bool}, {@code tuple}, {@code list},
 * {@code set}, {@code map}, {@code object}, {@code nullOf}, {@code unknown}; every value carries
 * {@link dev.tfguard.model.Marks} (references, sensitive, external), which {@link
 * dev.tfguard.loader.hcl.function.Functions#call} copies from the arguments to the result.
 *
 * <h2>Adding a function</h2>
 *
 * Write a {@code FunctionSpec} in the family class it belongs to ({@code TextFunctions}, {@code
 * FormatFunctions}, {@code SequenceFunctions}, {@code ElementFunctions}, {@code MappingFunctions},
 * {@code SetFunctions}, {@code NumericFunctions}, {@code EncodeFunctions}, {@code HashFunctions},
 * {@code IpNetFunctions}, {@code DateTimeFunctions}, {@code FileFunctions}, {@code MarkFunctions},
 * {@code ConversionFunctions}, or a new family listed in {@link
 * dev.tfguard.loader.hcl.function.Functions}): its parameters ({@link
 * dev.tfguard.loader.hcl.function.Param}: type, and whether null or unknown arguments reach the
 * implementation), an optional variadic parameter, the return type, whether the result may be null,
 * and the implementation. {@code Functions.call} converts each argument to its parameter's type,
 * rejects null where not allowed, and answers an unknown of the return type (not null unless the
 * spec says {@code nullableResult()}) when an argument holds an unknown the parameter does not
 * take; the implementation only sees what it declared. Terraform's errors (bad input) are {@link
 * dev.tfguard.loader.hcl.function.EvalException}: {@code try}/{@code can} select their fallback on
 * them. Anything else thrown is a defect and is reported as an internal error, never hidden. {@link
 * dev.tfguard.loader.hcl.function.CallContext} gives the working directory and the scanned tree for
 * the filesystem functions, and the evaluator's template rendering for {@code templatefile} and
 * {@code templatestring}. The conformance suite in {@code testdata/eval} holds every function to
 * Terraform's own results.
 *
 * <p>{@code try} and {@code can} take expressions and live in the evaluator.
 */
package dev.tfguard.loader.hcl.function;
