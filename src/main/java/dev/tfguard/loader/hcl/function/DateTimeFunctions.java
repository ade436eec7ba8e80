package dev.tfguard.loader.hcl.function;

import static dev.tfguard.loader.hcl.function.Functions.str;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date and time functions as Terraform defines them ({@code funcs/datetime.go}, cty's {@code
 * formatdate}). {@code timestamp()} is the time of apply: unknown in a plan. {@code
 * plantimestamp()} is the time of the plan: the current time here, which a check can only read as a
 * string.
 */
final class DateTimeFunctions {
    private static final Pattern DURATION =
            Pattern.compile("([0-9]*(?:\\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)");

    private DateTimeFunctions() {}

    static List<FunctionSpec> all() {
        return List.of(
                FunctionSpec.of(
                        "timestamp",
                        List.of(),
                        Type.STRING,
                        (a, c) ->
                                Functions.unknownOf(
                                        Type.STRING, "timestamp() is the time of apply")),
                FunctionSpec.of(
                        "plantimestamp",
                        List.of(),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        rfc3339(
                                                OffsetDateTime.now(ZoneOffset.UTC)
                                                        .truncatedTo(ChronoUnit.SECONDS)))),
                FunctionSpec.of(
                        "formatdate",
                        List.of(Param.of("format", Type.STRING), Param.of("time", Type.STRING)),
                        Type.STRING,
                        (a, c) -> Value.string(formatdate(str(a.get(0)), parse(str(a.get(1)))))),
                FunctionSpec.of(
                        "timeadd",
                        List.of(
                                Param.of("timestamp", Type.STRING),
                                Param.of("duration", Type.STRING)),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        rfc3339(
                                                parse(str(a.get(0)))
                                                        .plus(duration(str(a.get(1))))
                                                        .truncatedTo(ChronoUnit.SECONDS)))),
                FunctionSpec.of(
                        "timecmp",
                        List.of(
                                Param.of("timestamp_a", Type.STRING),
                                Param.of("timestamp_b", Type.STRING)),
                        Type.NUMBER,
                        (a, c) ->
                                Value.number(
                                        Integer.signum(
                                                parse(str(a.get(0)))
                                                        .toInstant()
                                                        .compareTo(
                                                                parse(str(a.get(1)))
                                                                        .toInstant())))));
    }

    static OffsetDateTime parse(String s) {
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new EvalException("not a valid RFC3339 timestamp: " + s);
        }
    }

    /** Go's {@code time.RFC3339}: whole seconds, {@code Z} for UTC. */
    static String rfc3339(OffsetDateTime t) {
        return t.truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }

    /** Go's {@code time.ParseDuration}. */
    static Duration duration(String s) {
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        if (body.equals("0")) {
            return Duration.ZERO;
        }
        if (body.isEmpty()) {
            throw new EvalException("invalid duration \"" + s + "\"");
        }
        Matcher m = DURATION.matcher(body);
        BigDecimal nanos = BigDecimal.ZERO;
        int at = 0;
        while (at < body.length()) {
            if (!m.find(at) || m.start() != at || m.group(1).isEmpty() || m.group(1).equals(".")) {
                throw new EvalException("invalid duration \"" + s + "\"");
            }
            BigDecimal unit =
                    switch (m.group(2)) {
                        case "ns" -> BigDecimal.ONE;
                        case "us", "µs", "μs" -> BigDecimal.valueOf(1_000);
                        case "ms" -> BigDecimal.valueOf(1_000_000);
                        case "s" -> BigDecimal.valueOf(1_000_000_000);
                        case "m" -> BigDecimal.valueOf(60_000_000_000L);
                        default -> BigDecimal.valueOf(3_600_000_000_000L);
                    };
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(unit));
            at = m.end();
        }
        long n = nanos.longValue();
        return Duration.ofNanos(s.startsWith("-") ? -n : n);
    }

    /**
     * cty's {@code formatdate}: runs of one letter are fields, quoted text is literal, other text
     * is kept.
     */
    static String formatdate(String format, OffsetDateTime t) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '\'') {
                int end = i + 1;
                StringBuilder lit = new StringBuilder();
                while (true) {
                    if (end >= format.length()) {
                        throw new EvalException("unterminated literal '");
                    }
                    if (format.charAt(end) == '\'') {
                        if (end + 1 < format.length() && format.charAt(end + 1) == '\'') {
                            lit.append('\'');
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    lit.append(format.charAt(end++));
                }
                sb.append(end == i + 1 ? "'" : lit);
                i = end + 1;
                continue;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                sb.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < format.length() && format.charAt(j) == c) {
                j++;
            }
            sb.append(field(format.substring(i, j), t));
            i = j;
        }
        return sb.toString();
    }

    private static String field(String f, OffsetDateTime t) {
        int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        int offset = t.getOffset().getTotalSeconds();
        String sign = offset < 0 ? "-" : "+";
        int oh = Math.abs(offset) / 3600;
        int om = Math.abs(offset) / 60 % 60;
        return switch (f) {
            case "YYYY" -> String.format("%04d", t.getYear());
            case "YY" -> String.format("%02d", t.getYear() % 100);
            case "MMMM" -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "MMM" -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "MM" -> String.format("%02d", t.getMonthValue());
            case "M" -> Integer.toString(t.getMonthValue());
            case "DD" -> String.format("%02d", t.getDayOfMonth());
            case "D" -> Integer.toString(t.getDayOfMonth());
            case "EEEE" -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "EEE" -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "hh" -> String.format("%02d", t.getHour());
            case "h" -> Integer.toString(t.getHour());
            case "HH" -> String.format("%02d", hour12);
            case "H" -> Integer.toString(hour12);
            case "AA" -> t.getHour() < 12 ? "AM" : "PM";
            case "aa" -> t.getHour() < 12 ? "am" : "pm";
            case "mm" -> String.format("%02d", t.getMinute());
            case "m" -> Integer.toString(t.getMinute());
            case "ss" -> String.format("%02d", t.getSecond());
            case "s" -> Integer.toString(t.getSecond());
            case "ZZZZZ" -> String.format("%s%02d:%02d", sign, oh, om);
            case "ZZZZ" -> String.format("%s%02d%02d", sign, oh, om);
            case "ZZZ" -> offset == 0 ? "UTC" : String.format("%s%02d%02d", sign, oh, om);
            case "Z" -> offset == 0 ? "Z" : String.format("%s%02d:%02d", sign, oh, om);
            default -> throw new EvalException("invalid date format verb \"" + f + "\"");
        };
    }
}
