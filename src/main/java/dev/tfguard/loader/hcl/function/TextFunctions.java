package dev.tfguard.loader.hcl.function;

import static dev.tfguard.loader.hcl.function.Functions.str;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * String functions as Terraform defines them (its {@code funcs/string.go} and cty's {@code
 * stdlib}): lengths and positions count grapheme clusters, case mapping and white space follow Go,
 * regular expressions are RE2's.
 */
final class TextFunctions {

    private TextFunctions() {}

    static List<FunctionSpec> all() {
        Param s = Param.of("str", Type.STRING);
        return List.of(
                string("chomp", s, x -> x.replaceFirst("(?:\r\n|\r|\n)+\\z", "")),
                string("lower", s, x -> Text.mapCase(x, false)),
                string("upper", s, x -> Text.mapCase(x, true)),
                string("trimspace", s, Text::trimSpace),
                string("title", s, TextFunctions::title),
                string(
                        "strrev",
                        s,
                        x -> {
                            List<String> g = Text.graphemes(x);
                            StringBuilder sb = new StringBuilder(x.length());
                            for (int i = g.size() - 1; i >= 0; i--) {
                                sb.append(g.get(i));
                            }
                            return sb.toString();
                        }),
                FunctionSpec.of(
                        "startswith",
                        List.of(s, Param.of("prefix", Type.STRING)),
                        Type.BOOL,
                        (a, c) -> Value.bool(str(a.get(0)).startsWith(str(a.get(1))))),
                FunctionSpec.of(
                        "endswith",
                        List.of(s, Param.of("suffix", Type.STRING)),
                        Type.BOOL,
                        (a, c) -> Value.bool(str(a.get(0)).endsWith(str(a.get(1))))),
                FunctionSpec.of(
                        "strcontains",
                        List.of(s, Param.of("substr", Type.STRING)),
                        Type.BOOL,
                        (a, c) -> Value.bool(str(a.get(0)).contains(str(a.get(1))))),
                FunctionSpec.of(
                        "trimprefix",
                        List.of(s, Param.of("prefix", Type.STRING)),
                        Type.STRING,
                        (a, c) -> {
                            String x = str(a.get(0));
                            String p = str(a.get(1));
                            return Value.string(x.startsWith(p) ? x.substring(p.length()) : x);
                        }),
                FunctionSpec.of(
                        "trimsuffix",
                        List.of(s, Param.of("suffix", Type.STRING)),
                        Type.STRING,
                        (a, c) -> {
                            String x = str(a.get(0));
                            String p = str(a.get(1));
                            return Value.string(
                                    x.endsWith(p) ? x.substring(0, x.length() - p.length()) : x);
                        }),
                FunctionSpec.of(
                        "trim",
                        List.of(s, Param.of("cutset", Type.STRING)),
                        Type.STRING,
                        (a, c) -> Value.string(trim(str(a.get(0)), str(a.get(1))))),
                FunctionSpec.of(
                        "indent",
                        List.of(Param.of("spaces", Type.NUMBER), s),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        str(a.get(1))
                                                .replace(
                                                        "\n",
                                                        "\n"
                                                                + " "
                                                                        .repeat(
                                                                                Math.max(
                                                                                        0,
                                                                                        wholeNumber(
                                                                                                a
                                                                                                        .get(
                                                                                                                0),
                                                                                                "spaces")))))),
                FunctionSpec.of(
                        "split",
                        List.of(Param.of("separator", Type.STRING), s),
                        Type.list(Type.STRING),
                        TextFunctions::split),
                FunctionSpec.of(
                        "substr",
                        List.of(
                                s,
                                Param.of("offset", Type.NUMBER),
                                Param.of("length", Type.NUMBER)),
                        Type.STRING,
                        TextFunctions::substr),
                FunctionSpec.of(
                        "replace",
                        List.of(
                                s,
                                Param.of("substr", Type.STRING),
                                Param.of("replace", Type.STRING)),
                        Type.STRING,
                        TextFunctions::replace),
                FunctionSpec.of(
                        "regex",
                        List.of(Param.of("pattern", Type.STRING), Param.of("string", Type.STRING)),
                        Type.DYNAMIC,
                        TextFunctions::regex),
                FunctionSpec.of(
                        "regexall",
                        List.of(Param.of("pattern", Type.STRING), Param.of("string", Type.STRING)),
                        Type.list(Type.DYNAMIC),
                        TextFunctions::regexall),
                FunctionSpec.of(
                        "templatestring",
                        List.of(Param.of("template", Type.STRING), Param.of("vars", Type.DYNAMIC)),
                        Type.DYNAMIC,
                        (a, c) -> {
                            if (!a.get(1).isMapping()) {
                                throw new EvalException("invalid vars value: must be a map");
                            }
                            if (c.templates() == null) {
                                throw new NotEvaluated("templatestring() is not evaluated here");
                            }
                            return c.templates()
                                    .render(str(a.get(0)), "templatestring", a.get(1).attributes());
                        }),
                FunctionSpec.variadic(
                        "join",
                        List.of(Param.of("separator", Type.STRING)),
                        Param.of("lists", Type.list(Type.STRING)),
                        Type.STRING,
                        TextFunctions::join));
    }

    private static FunctionSpec string(
            String name, Param p, java.util.function.UnaryOperator<String> f) {
        return FunctionSpec.of(
                name, List.of(p), Type.STRING, (a, c) -> Value.string(f.apply(str(a.get(0)))));
    }

    /** A whole number argument as an int; {@link EvalException} for a fraction or one too large. */
    static int wholeNumber(Value v, String what) {
        BigDecimal n = (BigDecimal) v.known();
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new EvalException(
                    "invalid value for \"" + what + "\" parameter: value must be a whole number");
        }
    }

    /**
     * Go's {@code strings.Title}: a letter after a separator (anything but a letter, digit or
     * underscore) is upper.
     */
    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int prev = ' ';
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(separator(prev) ? Character.toTitleCase(cp) : cp);
            prev = cp;
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static boolean separator(int r) {
        if (r <= 0x7F) {
            return !(r >= '0' && r <= '9'
                    || r >= 'a' && r <= 'z'
                    || r >= 'A' && r <= 'Z'
                    || r == '_');
        }
        if (Character.isLetter(r) || Character.isDigit(r)) {
            return false;
        }
        return Text.isSpace(r);
    }

    /** Go's {@code strings.Trim}: code points in {@code cutset} removed from both ends. */
    private static String trim(String s, String cutset) {
        int start = 0;
        int end = s.length();
        while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static Value split(List<Value> a, CallContext c) {
        String sep = str(a.get(0));
        String s = str(a.get(1));
        List<Value> out = new ArrayList<>();
        if (sep.isEmpty()) {
            s.codePoints().forEach(cp -> out.add(Value.string(new String(Character.toChars(cp)))));
        } else {
            int from = 0;
            for (int at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, from)) {
                out.add(Value.string(s.substring(from, at)));
                from = at + sep.length();
            }
            out.add(Value.string(s.substring(from)));
        }
        return Value.list(out, Type.STRING);
    }

    /**
     * cty's {@code substr}: offset and length in grapheme clusters, negative offset from the end,
     * length -1: rest.
     */
    private static Value substr(List<Value> a, CallContext c) {
        List<String> g = Text.graphemes(str(a.get(0)));
        int offset = wholeNumber(a.get(1), "offset");
        int length = wholeNumber(a.get(2), "length");
        if (offset < 0) {
            offset += g.size();
            if (offset < 0) {
                throw new EvalException("offset points before the start of the string");
            }
        }
        if (offset > g.size()) {
            throw new EvalException("offset points beyond the end of the string");
        }
        int end = length < 0 ? g.size() : Math.min(g.size(), offset + length);
        if (length < -1) {
            throw new EvalException("length must be -1 or greater");
        }
        return Value.string(String.join("", g.subList(offset, Math.max(offset, end))));
    }

    private static Value replace(List<Value> a, CallContext c) {
        String s = str(a.get(0));
        String sub = str(a.get(1));
        String rep = str(a.get(2));
        if (sub.length() > 1 && sub.startsWith("/") && sub.endsWith("/")) {
            GoRegex re = GoRegex.compile(sub.substring(1, sub.length() - 1));
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (java.util.regex.MatchResult m : re.matches(s)) {
                sb.append(s, last, m.start()).append(re.expand(m, rep));
                last = m.end();
            }
            sb.append(s.substring(last));
            return Value.string(sb.toString());
        }
        if (sub.isEmpty()) {
            StringBuilder sb = new StringBuilder(rep);
            s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(rep));
            return Value.string(sb.toString());
        }
        return Value.string(s.replace(sub, rep));
    }

    private static Value regex(List<Value> a, CallContext c) {
        GoRegex re = GoRegex.compile(str(a.get(0)));
        Matcher m = re.pattern().matcher(str(a.get(1)));
        if (!m.find()) {
            throw new EvalException("pattern did not match any part of the given string");
        }
        return match(re, m);
    }

    private static Value regexall(List<Value> a, CallContext c) {
        GoRegex re = GoRegex.compile(str(a.get(0)));
        String s = str(a.get(1));
        List<Value> out = new ArrayList<>();
        for (java.util.regex.MatchResult m : re.matches(s)) {
            out.add(match(re, m));
        }
        return Value.list(out, null);
    }

    /**
     * The value of one match: the text without groups, a list of groups, or an object of named
     * groups.
     */
    private static Value match(GoRegex re, java.util.regex.MatchResult m) {
        if (re.names().isEmpty()) {
            return Value.string(m.group());
        }
        if (re.unnamed()) {
            List<Value> groups = new ArrayList<>();
            for (int i = 1; i <= m.groupCount(); i++) {
                groups.add(
                        m.group(i) == null ? Value.nullOf(Type.STRING) : Value.string(m.group(i)));
            }
            return Value.list(groups, Type.STRING);
        }
        Map<String, Value> named = new LinkedHashMap<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            named.put(
                    re.names().get(i - 1),
                    m.group(i) == null ? Value.nullOf(Type.STRING) : Value.string(m.group(i)));
        }
        return Value.object(named);
    }

    private static Value join(List<Value> a, CallContext c) {
        if (a.size() < 2) {
            throw new EvalException("at least one list is required");
        }
        List<String> parts = new ArrayList<>();
        for (Value list : a.subList(1, a.size())) {
            for (Value e : list.elements()) {
                if (e.isNull()) {
                    throw new EvalException(
                            "element " + parts.size() + " is null; cannot concatenate null values");
                }
                parts.add(str(e));
            }
        }
        return Value.string(String.join(str(a.get(0)), parts));
    }
}
