package dev.tfguard.loader.hcl.function;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression in Go's RE2 syntax, as Terraform's {@code regex}, {@code regexall} and
 * {@code replace} take it, run by {@link Pattern}: named groups {@code (?P<name>...)} (any name Go
 * allows), {@code $} at the very end of the text unless {@code (?m)}, {@code .} not matching {@code
 * \n}, and POSIX classes {@code [[:alpha:]]}.
 *
 * @param pattern the Java pattern
 * @param names the name of each capture group (index 0 for group 1), null for an unnamed one
 */
record GoRegex(Pattern pattern, List<String> names) {

    private static final String[][] POSIX = {
        {"[:alnum:]", "\\p{Alnum}"},
        {"[:alpha:]", "\\p{Alpha}"},
        {"[:ascii:]", "\\x00-\\x7F"},
        {"[:blank:]", " \\t"},
        {"[:cntrl:]", "\\p{Cntrl}"},
        {"[:digit:]", "0-9"},
        {"[:graph:]", "\\p{Graph}"},
        {"[:lower:]", "a-z"},
        {"[:print:]", "\\p{Print}"},
        {"[:punct:]", "\\p{Punct}"},
        {"[:space:]", "\\t\\n\\f\\r \\x0B"},
        {"[:upper:]", "A-Z"},
        {"[:word:]", "\\w"},
        {"[:xdigit:]", "0-9A-Fa-f"}
    };

    /** Compiles {@code re}; {@link EvalException} when Go would reject it. */
    static GoRegex compile(String re) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        boolean multiline = false;
        int depth = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < re.length()) {
                char n = re.charAt(i + 1);
                if (n == 'z') {
                    out.append("\\z");
                } else if (n == 'C') {
                    out.append("(?s:.)");
                } else {
                    out.append(c).append(n);
                }
                i++;
            } else if (c == '[') {
                int end = classEnd(re, i);
                String cls = re.substring(i, end + 1);
                for (String[] p : POSIX) {
                    cls = cls.replace(p[0], p[1]);
                }
                // a literal '[' or '&&' inside a Go class means itself; Java reads them as nesting
                // and intersection
                StringBuilder fixed = new StringBuilder();
                for (int k = 0; k < cls.length(); k++) {
                    char x = cls.charAt(k);
                    if (x == '\\' && k + 1 < cls.length()) {
                        fixed.append(x).append(cls.charAt(++k));
                    } else if ((x == '[' && k > 0)
                            || (x == '&' && k + 1 < cls.length() && cls.charAt(k + 1) == '&')) {
                        fixed.append('\\').append(x);
                    } else {
                        fixed.append(x);
                    }
                }
                out.append(fixed);
                i = end;
            } else if (c == '(') {
                if (re.startsWith("(?P<", i) || re.startsWith("(?<", i)) {
                    int start = re.indexOf('<', i) + 1;
                    int close = re.indexOf('>', start);
                    if (close < 0) {
                        throw new EvalException(
                                "invalid regular expression: bad named capture group");
                    }
                    String name = re.substring(start, close);
                    if (names.contains(name)) {
                        throw new EvalException(
                                "invalid regular expression: duplicate capture group name " + name);
                    }
                    names.add(name);
                    out.append('(');
                    i = close;
                } else if (re.startsWith("(?", i)) {
                    int close = i + 2;
                    while (close < re.length()
                            && re.charAt(close) != ')'
                            && re.charAt(close) != ':') {
                        close++;
                    }
                    String flags = re.substring(i + 2, Math.min(close, re.length()));
                    int minus = flags.indexOf('-');
                    if ((minus < 0 ? flags : flags.substring(0, minus)).contains("m")) {
                        multiline = true;
                    }
                    if (flags.contains("U")) {
                        throw new NotEvaluated(
                                "regular expressions with the U flag are not evaluated statically");
                    }
                    out.append(c);
                } else {
                    names.add(null);
                    out.append(c);
                }
                depth++;
            } else if (c == '$' && !multiline) {
                out.append("(?!(?s:.))");
            } else {
                out.append(c);
            }
        }
        try {
            return new GoRegex(Pattern.compile(out.toString(), Pattern.UNIX_LINES), names);
        } catch (PatternSyntaxException e) {
            throw new EvalException("invalid regular expression: " + e.getDescription());
        }
    }

    /** The index of the {@code ]} that closes the class opened at {@code open}. */
    private static int classEnd(String re, int open) {
        int i = open + 1;
        if (i < re.length() && re.charAt(i) == '^') {
            i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
            i++;
        }
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[' && re.startsWith("[:", i)) {
                int e = re.indexOf(":]", i + 2);
                if (e > 0) {
                    i = e + 2;
                    continue;
                }
            }
            if (c == ']') {
                return i;
            }
            i++;
        }
        throw new EvalException("invalid regular expression: missing closing ]");
    }

    /**
     * True when every group is unnamed; false when every group is named; an error when both kinds
     * are mixed.
     */
    boolean unnamed() {
        boolean anyNamed = names.stream().anyMatch(n -> n != null);
        boolean anyUnnamed = names.stream().anyMatch(n -> n == null);
        if (anyNamed && anyUnnamed) {
            throw new EvalException(
                    "invalid regular expression: can't mix both named and unnamed capture groups");
        }
        return !anyNamed;
    }

    /**
     * Every match in {@code s} as Go's {@code FindAll} finds them: an empty match right after the
     * previous match is skipped.
     */
    List<java.util.regex.MatchResult> matches(String s) {
        List<java.util.regex.MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(s);
        int pos = 0;
        int prevEnd = -1;
        while (pos <= s.length() && m.find(pos)) {
            boolean accept = true;
            if (m.end() == pos) {
                if (m.start() == prevEnd) {
                    accept = false;
                }
                pos = pos < s.length() ? pos + Character.charCount(s.codePointAt(pos)) : pos + 1;
            } else {
                pos = m.end();
            }
            prevEnd = m.end();
            if (accept) {
                out.add(m.toMatchResult());
            }
        }
        return out;
    }

    /** Go's {@code Regexp.Expand} of {@code template} for the current match of {@code m}. */
    String expand(java.util.regex.MatchResult m, String template) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                sb.append(c);
                continue;
            }
            char n = template.charAt(i + 1);
            if (n == '$') {
                sb.append('$');
                i++;
                continue;
            }
            String name;
            int next;
            if (n == '{') {
                int close = template.indexOf('}', i + 2);
                if (close < 0) {
                    sb.append(c);
                    continue;
                }
                name = template.substring(i + 2, close);
                next = close;
            } else {
                int e = i + 1;
                while (e < template.length()
                        && (Character.isLetterOrDigit(template.charAt(e))
                                || template.charAt(e) == '_')) {
                    e++;
                }
                if (e == i + 1) {
                    sb.append(c);
                    continue;
                }
                name = template.substring(i + 1, e);
                next = e - 1;
            }
            if (name.isEmpty()
                    || !name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
                sb.append(c);
                continue;
            }
            int group = -1;
            if (name.chars().allMatch(Character::isDigit)) {
                try {
                    group = Integer.parseInt(name);
                } catch (NumberFormatException e) {
                    group = -1;
                }
            } else {
                group = names.indexOf(name) + 1;
                if (group == 0) {
                    group = -1;
                }
            }
            if (group >= 0 && group <= m.groupCount() && m.group(group) != null) {
                sb.append(m.group(group));
            }
            i = next;
        }
        return sb.toString();
    }
}
