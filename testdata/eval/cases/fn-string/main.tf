output "chomp_01" {
  value = chomp("hello\n")
}

output "chomp_02" {
  value = chomp("hello\r\n")
}

output "chomp_03" {
  value = chomp("hello\n\n")
}

output "chomp_04" {
  value = chomp("")
}

output "chomp_05" {
  value = chomp("no newline")
}

output "chomp_06" {
  value = chomp("ünï\n")
}

output "chomp_07" {
  value = chomp("a\nb\n")
}

output "chomp_08" {
  value = chomp("\r")
}

output "chomp_09" {
  value = chomp(local.us)
}

output "chomp_10" {
  value = chomp(5)
}

output "endswith_01" {
  value = endswith("hello world", "world")
}

output "endswith_02" {
  value = endswith("hello world", "hello")
}

output "endswith_03" {
  value = endswith("", "")
}

output "endswith_04" {
  value = endswith("abc", "")
}

output "endswith_05" {
  value = endswith("", "a")
}

output "endswith_06" {
  value = endswith("naïve", "ïve")
}

output "endswith_07" {
  value = endswith(local.us, "x")
}

output "endswith_08" {
  value = endswith("abc", local.us)
}

output "endswith_09" {
  value = endswith("ABC", "c")
}

output "endswith_10" {
  value = endswith(12345, 45)
}

output "startswith_01" {
  value = startswith("hello world", "hello")
}

output "startswith_02" {
  value = startswith("hello world", "world")
}

output "startswith_03" {
  value = startswith("", "")
}

output "startswith_04" {
  value = startswith("abc", "")
}

output "startswith_05" {
  value = startswith("", "a")
}

output "startswith_06" {
  value = startswith("ünicode", "ün")
}

output "startswith_07" {
  value = startswith(local.us, "x")
}

output "startswith_08" {
  value = startswith("abc", local.us)
}

output "startswith_09" {
  value = startswith("ABC", "a")
}

output "startswith_10" {
  value = startswith(12345, 12)
}

output "strcontains_01" {
  value = strcontains("hello world", "wor")
}

output "strcontains_02" {
  value = strcontains("hello world", "wod")
}

output "strcontains_03" {
  value = strcontains("", "")
}

output "strcontains_04" {
  value = strcontains("abc", "")
}

output "strcontains_05" {
  value = strcontains("", "a")
}

output "strcontains_06" {
  value = strcontains("日本語", "本")
}

output "strcontains_07" {
  value = strcontains(local.us, "x")
}

output "strcontains_08" {
  value = strcontains("abc", local.us)
}

output "strcontains_09" {
  value = strcontains("ABC", "b")
}

output "strcontains_10" {
  value = strcontains(123, 2)
}

output "join_01" {
  value = join(", ", ["foo", "bar", "baz"])
}

output "join_02" {
  value = join(", ", ["foo"])
}

output "join_03" {
  value = join(", ", [])
}

output "join_04" {
  value = join("", ["a", "b"])
}

output "join_05" {
  value = join("-", ["a"], ["b", "c"])
}

output "join_06" {
  value = join("-", [1, true, "x"])
}

output "join_07" {
  value = join("-", local.ul)
}

output "join_08" {
  value = join(local.us, ["a", "b"])
}

output "join_09" {
  value = join("-", ["a", local.us])
}

output "join_10" {
  value = join("→", ["α", "β"])
}

output "join_11" {
  value = join(",", toset(["b", "a"]))
}

output "join_12" {
  value = join("-", ["a", ""], [])
}

output "lower_01" {
  value = lower("HELLO")
}

output "lower_02" {
  value = lower("ÀÉÎ")
}

output "lower_03" {
  value = lower("")
}

output "lower_04" {
  value = lower("MiXeD 123")
}

output "lower_05" {
  value = lower(local.us)
}

output "lower_06" {
  value = lower(true)
}

output "lower_07" {
  value = lower(42)
}

output "lower_08" {
  value = lower("ΣΑΣ")
}

output "lower_09" {
  value = lower("İ")
}

output "upper_01" {
  value = upper("hello")
}

output "upper_02" {
  value = upper("àéî")
}

output "upper_03" {
  value = upper("")
}

output "upper_04" {
  value = upper("MiXeD 123")
}

output "upper_05" {
  value = upper(local.us)
}

output "upper_06" {
  value = upper(false)
}

output "upper_07" {
  value = upper("straße")
}

output "upper_08" {
  value = upper("ﬁ")
}

output "title_01" {
  value = title("hello world")
}

output "title_02" {
  value = title("")
}

output "title_03" {
  value = title("HELLO")
}

output "title_04" {
  value = title("élan vital")
}

output "title_05" {
  value = title("a-b c_d")
}

output "title_06" {
  value = title(local.us)
}

output "title_07" {
  value = title("hello\tworld\nnew")
}

output "title_08" {
  value = title("o'neil")
}

output "regex_01" {
  value = regex("[a-z]+", "53453453.345345aaabbbccc23454")
}

output "regex_02" {
  value = regex("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)", "2019-02-01")
}

output "regex_03" {
  value = regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")
}

output "regex_04" {
  value = regex("a(b)?", "a")
}

output "regex_05" {
  value = regex("(?i)ABC", "xabcx")
}

output "regex_06" {
  value = regex("", "abc")
}

output "regex_07" {
  value = regex("[α-ω]+", "abγδε")
}

output "regex_08" {
  value = regex(local.us, "abc")
}

output "regex_09" {
  value = regex("a", local.us)
}

output "regex_11" {
  value = regex("^\\s*$", "   ")
}

output "regex_12" {
  value = regex("(a)|(b)", "b")
}

output "regexall_01" {
  value = regexall("[a-z]+", "1234abcd5678efgh9")
}

output "regexall_02" {
  value = length(regexall("[a-z]+", "1234abcd5678efgh9"))
}

output "regexall_03" {
  value = regexall("x", "abc")
}

output "regexall_04" {
  value = regexall("(\\d)(\\w)", "1a2b3c")
}

output "regexall_05" {
  value = regexall("(?P<d>\\d)", "a1b2")
}

output "regexall_06" {
  value = regexall("", "ab")
}

output "regexall_07" {
  value = regexall("[a-z]+", local.us)
}

output "regexall_08" {
  value = regexall("é", "ééé")
}

output "regexall_09" {
  value = length(regexall("x", "")) > 0
}

output "replace_01" {
  value = replace("1 + 2 + 3", "+", "-")
}

output "replace_02" {
  value = replace("hello world", "/w.*d/", "everybody")
}

output "replace_03" {
  value = replace("hello", "l", "")
}

output "replace_04" {
  value = replace("", "a", "b")
}

output "replace_05" {
  value = replace("abc", "", "-")
}

output "replace_06" {
  value = replace("aaa", "a", "aa")
}

output "replace_07" {
  value = replace("hello world", "/(h)(e)/", "$2$1")
}

output "replace_08" {
  value = replace("hello world", "/o/", "0")
}

output "replace_09" {
  value = replace("héllo", "é", "e")
}

output "replace_10" {
  value = replace(local.us, "a", "b")
}

output "replace_11" {
  value = replace("abc", local.us, "b")
}

output "replace_12" {
  value = replace("a.b.c", ".", "/")
}

output "replace_13" {
  value = replace("a.b.c", "/./", "x")
}

output "replace_14" {
  value = replace("x1y22z", "/[0-9]+/", "#")
}

output "replace_15" {
  value = replace("abc", "/(?P<first>a)/", "$${first}$${first}")
}

output "replace_16" {
  value = replace("/", "/", "x")
}

output "split_01" {
  value = split(",", "foo,bar,baz")
}

output "split_02" {
  value = split(",", "foo")
}

output "split_03" {
  value = split(",", "")
}

output "split_04" {
  value = split("", "abc")
}

output "split_05" {
  value = split(", ", "a, b, c")
}

output "split_06" {
  value = split(",", ",,")
}

output "split_07" {
  value = split("→", "α→β")
}

output "split_08" {
  value = split(",", local.us)
}

output "split_09" {
  value = split(local.us, "a,b")
}

output "split_10" {
  value = length(split(",", "a,b,c"))
}

output "split_11" {
  value = split(".", 1.5)
}

output "strrev_01" {
  value = strrev("hello")
}

output "strrev_02" {
  value = strrev("a")
}

output "strrev_03" {
  value = strrev("")
}

output "strrev_04" {
  value = strrev("héllo")
}

output "strrev_05" {
  value = strrev("日本語")
}

output "strrev_06" {
  value = strrev(local.us)
}

output "strrev_07" {
  value = strrev(123)
}

output "strrev_08" {
  value = strrev("éa")
}

output "substr_01" {
  value = substr("hello world", 1, 4)
}

output "substr_02" {
  value = substr("hello world", -5, -1)
}

output "substr_03" {
  value = substr("hello world", 6, 100)
}

output "substr_04" {
  value = substr("hello", 0, 0)
}

output "substr_05" {
  value = substr("", 0, 0)
}

output "substr_06" {
  value = substr("🤔🤷", 0, 1)
}

output "substr_07" {
  value = substr("héllo", 1, 2)
}

output "substr_08" {
  value = substr("hello", -3, 2)
}

output "substr_09" {
  value = substr("hello", 5, 1)
}

output "substr_10" {
  value = substr(local.us, 0, 1)
}

output "substr_11" {
  value = substr("abc", local.un, 1)
}

output "substr_12" {
  value = substr("hello", 2, -1)
}

output "substr_13" {
  value = substr(12345, 1, 2)
}

output "substr_14" {
  value = substr("hello", 1.0, 2)
}

output "templatestring_01" {
  value = templatestring(local.t_hello, { name = "World" })
}

output "templatestring_02" {
  value = templatestring(local.t_sum, { a = 1, b = 2 })
}

output "templatestring_03" {
  value = templatestring(local.t_for, { xs = ["a", "b"] })
}

output "templatestring_04" {
  value = templatestring(local.t_if, { on = false })
}

output "templatestring_05" {
  value = templatestring(local.t_plain, {})
}

output "templatestring_06" {
  value = templatestring(local.t_hello, { name = local.us })
}

output "templatestring_07" {
  value = templatestring(local.t_upper, { v = "x" })
}

output "templatestring_08" {
  value = templatestring(local.tpl, { n = 3 })
}

output "templatestring_09" {
  value = templatestring(local.t_json, { m = { a = 1 } })
}

output "templatestring_10" {
  value = templatestring(local.t_if, { on = true })
}

output "templatestring_11" {
  value = templatestring(local.t_hello, { name = "é", other = 1 })
}

output "templatestring_12" {
  value = templatestring(local.us, { name = "x" })
}

output "templatestring_13" {
  value = templatestring(local.t_num, { n = 2.5 })
}

output "trim_01" {
  value = trim("?!hello?!", "!?")
}

output "trim_02" {
  value = trim("foobar", "far")
}

output "trim_03" {
  value = trim("   hello! world.!  ", "! ")
}

output "trim_04" {
  value = trim("", "a")
}

output "trim_05" {
  value = trim("abc", "")
}

output "trim_06" {
  value = trim("ééaéé", "é")
}

output "trim_07" {
  value = trim(local.us, "a")
}

output "trim_08" {
  value = trim("xxx", "x")
}

output "trimprefix_01" {
  value = trimprefix("helloworld", "hello")
}

output "trimprefix_02" {
  value = trimprefix("helloworld", "cat")
}

output "trimprefix_03" {
  value = trimprefix("", "a")
}

output "trimprefix_04" {
  value = trimprefix("abc", "")
}

output "trimprefix_05" {
  value = trimprefix("aaab", "a")
}

output "trimprefix_06" {
  value = trimprefix("éclair", "é")
}

output "trimprefix_07" {
  value = trimprefix(local.us, "a")
}

output "trimprefix_08" {
  value = trimprefix("abc", local.us)
}

output "trimsuffix_01" {
  value = trimsuffix("helloworld", "world")
}

output "trimsuffix_02" {
  value = trimsuffix("helloworld", "cat")
}

output "trimsuffix_03" {
  value = trimsuffix("", "a")
}

output "trimsuffix_04" {
  value = trimsuffix("abc", "")
}

output "trimsuffix_05" {
  value = trimsuffix("abbb", "b")
}

output "trimsuffix_06" {
  value = trimsuffix("café", "é")
}

output "trimsuffix_07" {
  value = trimsuffix(local.us, "a")
}

output "trimspace_01" {
  value = trimspace("  hello\n\n")
}

output "trimspace_02" {
  value = trimspace("")
}

output "trimspace_03" {
  value = trimspace("\t x \r\n")
}

output "trimspace_04" {
  value = trimspace("a b")
}

output "trimspace_05" {
  value = trimspace("\u00a0x\u00a0")
}

output "trimspace_06" {
  value = trimspace("\u3000全角\u3000")
}

output "trimspace_07" {
  value = trimspace(local.us)
}

output "trimspace_08" {
  value = trimspace(" 5 ")
}

output "indent_01" {
  value = indent(2, "[\n  foo,\n  bar,\n]\n")
}

output "indent_02" {
  value = indent(4, "a")
}

output "indent_03" {
  value = indent(0, "a\nb")
}

output "indent_04" {
  value = indent(2, "")
}

output "indent_05" {
  value = indent(2, "a\n\nb")
}

output "indent_06" {
  value = indent(3, "x\r\ny")
}

output "indent_07" {
  value = indent(2, local.us)
}

output "indent_08" {
  value = indent(local.un, "a\nb")
}

output "indent_09" {
  value = indent(1, "é\nü")
}
