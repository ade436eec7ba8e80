/**
 * tfguard's HCL2 syntax tree and parsers: what a {@code .tf}, {@code .tfvars} or {@code .tf.json} file says,
 * exactly as written, with positions, and nothing evaluated.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link dev.tfguard.loader.hcl.syntax.HclParser#parse(String, byte[])} for native syntax;</li>
 *   <li>{@link dev.tfguard.loader.hcl.syntax.JsonConfigParser#parse(String, byte[])} for {@code .tf.json} (blocks
 *       by Terraform's top-level schema) and {@code parseAttributes} for {@code .tfvars.json}.</li>
 * </ul>
 * Both return a {@link dev.tfguard.loader.hcl.syntax.ConfigFile} and never throw for bad input: problems are
 * {@link dev.tfguard.loader.hcl.syntax.Diagnostic}s ({@code file:line:col: summary; detail}), and
 * {@code ConfigFile.valid()} is false when there is any. Parsing reads only the given bytes.
 *
 * <h2>The tree</h2>
 * <ul>
 *   <li>{@code ConfigFile(path, body, comments, diagnostics)}: comments are kept in source order with their ranges
 *       (for {@code # tfguard:ignore:...} suppressions and autofix).</li>
 *   <li>{@code Body}: {@code items()} in source order, or {@code attributes()} and {@code blocks()} separately;
 *       {@code attribute(name)} and {@code blocks(type)} look up.</li>
 *   <li>{@code Attribute(name, expr, range, nameRange)} and
 *       {@code Block(type, labels, body, range, typeRange, labelRanges, openBrace, closeBrace)}.</li>
 *   <li>{@link dev.tfguard.loader.hcl.syntax.Expr}: a sealed interface whose nested records are the expression
 *       kinds ({@code Literal}, {@code Template}, {@code TemplateIf}, {@code TemplateFor}, {@code ScopeTraversal},
 *       {@code RelativeTraversal}, {@code Index}, {@code Splat}, {@code SplatItem}, {@code FunctionCall},
 *       {@code Tuple}, {@code ObjectCons}, {@code Conditional}, {@code BinaryOp}, {@code UnaryOp}, {@code For},
 *       {@code Paren}, {@code Invalid}). Each has {@code range()}, {@code source()} (the raw text) and
 *       {@code references()}.</li>
 *   <li>{@link dev.tfguard.loader.hcl.syntax.Traversal}: a root name plus {@code Attr} and {@code Index} steps;
 *       {@code toString()} renders {@code var.list[0]}, {@code var.amis["us-east-1"]}.</li>
 *   <li>{@link dev.tfguard.loader.hcl.syntax.Pos} is (line, column, byte offset): 1-based line and column (column
 *       in grapheme clusters), 0-based byte offset; a {@link dev.tfguard.loader.hcl.syntax.Range}'s end is
 *       exclusive.</li>
 * </ul>
 *
 * <h2>For an evaluator</h2>
 * <ul>
 *   <li>Literal values are {@link java.math.BigDecimal}, {@link java.lang.Boolean}, {@code null}, or a
 *       {@link java.lang.String} for a bare-word object key. Strings are always {@code Template}s: use
 *       {@code isStringLiteral()}/{@code literalValue()} for plain strings, and {@code wrapped()} for
 *       {@code "${x}"}, whose value is {@code x}'s own (not converted to a string).</li>
 *   <li>Template literal parts are already decoded: escapes, {@code $${}, strip markers {@code ~} and the
 *       indentation of {@code <<-} heredocs are applied.</li>
 *   <li>{@code ScopeTraversal} holds every literal step after a name ({@code a.b[0].c}); a non-literal index
 *       becomes {@code Index} and the steps after it a {@code RelativeTraversal} over it.</li>
 *   <li>{@code Splat(base, each, attributeOnly)}: evaluate {@code base}, then {@code each} once per element with
 *       the element in place of the {@code SplatItem} at its root.</li>
 *   <li>{@code ObjectCons} keys: a bare word is a {@code Literal} string; anything else is the key expression.</li>
 *   <li>{@code Paren} is kept, so {@code (a).b} is a {@code RelativeTraversal} over a {@code Paren}.</li>
 *   <li>Trees are at most {@code HclParser.MAX_DEPTH} (1,000) levels deep: deeper input is a "Nesting too deep"
 *       diagnostic. {@code references()} walks without recursion; a recursive evaluator needs stack for 1,000
 *       levels.</li>
 *   <li>In a {@code .tf.json} block the body holds attributes only; a nested block such as {@code lifecycle} is an
 *       attribute whose value is an {@code ObjectCons}.</li>
 * </ul>
 */
package dev.tfguard.loader.hcl.syntax;
