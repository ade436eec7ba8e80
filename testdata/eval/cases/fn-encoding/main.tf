output "base64decode_01" {
  value = base64decode("SGVsbG8gV29ybGQ=")
}

output "base64decode_02" {
  value = base64decode("")
}

output "base64decode_03" {
  value = base64decode("w6k=")
}

output "base64decode_04" {
  value = base64decode(local.us)
}

output "base64decode_05" {
  value = base64decode("YQ==")
}

output "base64decode_06" {
  value = base64decode("5pel5pys6Kqe")
}

output "base64encode_01" {
  value = base64encode("Hello World")
}

output "base64encode_02" {
  value = base64encode("")
}

output "base64encode_03" {
  value = base64encode("é")
}

output "base64encode_04" {
  value = base64encode(local.us)
}

output "base64encode_05" {
  value = base64encode("日本語")
}

output "base64encode_06" {
  value = base64encode("a")
}

output "base64encode_07" {
  value = base64encode(12)
}

output "base64encode_08" {
  value = base64encode(true)
}

output "base64gzip_01" {
  value = base64gzip("test")
}

output "base64gzip_02" {
  value = base64gzip("")
}

output "base64gzip_03" {
  value = base64gzip(local.us)
}

output "base64gzip_04" {
  value = length(base64gzip("hello world")) > 0
}

output "base64gzip_05" {
  value = base64gzip("é")
}

output "csvdecode_01" {
  value = csvdecode("a,b,c\n1,2,3\n4,5,6")
}

output "csvdecode_02" {
  value = csvdecode("a,b\n")
}

output "csvdecode_03" {
  value = csvdecode("a\nx")
}

output "csvdecode_04" {
  value = csvdecode("a,b\n\"q,1\",2")
}

output "csvdecode_05" {
  value = csvdecode("name\né")
}

output "csvdecode_06" {
  value = csvdecode(local.us)
}

output "csvdecode_07" {
  value = csvdecode("a,b\r\n1,2\r\n")
}

output "csvdecode_08" {
  value = csvdecode("a,b\n1,\"\"")
}

output "csvdecode_09" {
  value = csvdecode("a\n\"multi\nline\"")
}

output "jsondecode_01" {
  value = jsondecode("{\"hello\": \"world\"}")
}

output "jsondecode_02" {
  value = jsondecode("true")
}

output "jsondecode_03" {
  value = jsondecode("null")
}

output "jsondecode_04" {
  value = jsondecode("1")
}

output "jsondecode_05" {
  value = jsondecode("1.5")
}

output "jsondecode_06" {
  value = jsondecode("1e3")
}

output "jsondecode_07" {
  value = jsondecode("[1, \"a\", null]")
}

output "jsondecode_08" {
  value = jsondecode("{}")
}

output "jsondecode_09" {
  value = jsondecode("[]")
}

output "jsondecode_10" {
  value = jsondecode("\"\\u00e9\"")
}

output "jsondecode_11" {
  value = jsondecode("{\"b\": 1, \"a\": [2]}")
}

output "jsondecode_12" {
  value = jsondecode(local.us)
}

output "jsondecode_13" {
  value = jsondecode("123456789012345678901234567890")
}

output "jsondecode_14" {
  value = jsondecode("{\"a\": {\"b\": {\"c\": null}}}")
}

output "jsondecode_15" {
  value = jsondecode("  [ 1 ,2 ] ")
}

output "jsondecode_16" {
  value = jsondecode("0.1")
}

output "jsondecode_17" {
  value = jsondecode("-0")
}

output "jsondecode_18" {
  value = jsondecode("\"\"")
}

output "jsondecode_19" {
  value = jsondecode("{\"a\":1,\"a\":2}")
}

output "jsondecode_20" {
  value = jsondecode("1E+2")
}

output "jsonencode_01" {
  value = jsonencode({ "hello" = "world" })
}

output "jsonencode_02" {
  value = jsonencode(1000)
}

output "jsonencode_03" {
  value = jsonencode(2.5)
}

output "jsonencode_04" {
  value = jsonencode(2.50)
}

output "jsonencode_05" {
  value = jsonencode(1e3)
}

output "jsonencode_06" {
  value = jsonencode(1e30)
}

output "jsonencode_07" {
  value = jsonencode(0.1)
}

output "jsonencode_08" {
  value = jsonencode(-0.5)
}

output "jsonencode_09" {
  value = jsonencode(123456789012345678901234567890)
}

output "jsonencode_10" {
  value = jsonencode(1 / 3)
}

output "jsonencode_11" {
  value = jsonencode(true)
}

output "jsonencode_12" {
  value = jsonencode(null)
}

output "jsonencode_13" {
  value = jsonencode("")
}

output "jsonencode_14" {
  value = jsonencode("é<>&")
}

output "jsonencode_15" {
  value = jsonencode("\n\t\"\\")
}

output "jsonencode_16" {
  value = jsonencode([])
}

output "jsonencode_17" {
  value = jsonencode({})
}

output "jsonencode_18" {
  value = jsonencode([1, "a", null, true])
}

output "jsonencode_19" {
  value = jsonencode({ b = 1, a = 2 })
}

output "jsonencode_20" {
  value = jsonencode({ a = { b = [1, { c = "d" }] } })
}

output "jsonencode_21" {
  value = jsonencode(toset(["b", "a"]))
}

output "jsonencode_22" {
  value = jsonencode(tomap({ z = 1, a = 2 }))
}

output "jsonencode_23" {
  value = jsonencode(local.us)
}

output "jsonencode_24" {
  value = jsonencode({ a = local.us })
}

output "jsonencode_25" {
  value = jsonencode([local.un])
}

output "jsonencode_26" {
  value = jsonencode(0)
}

output "jsonencode_27" {
  value = jsonencode(-0)
}

output "jsonencode_28" {
  value = jsonencode(1.0)
}

output "jsonencode_29" {
  value = jsonencode(10000000000000000000000)
}

output "jsonencode_30" {
  value = jsonencode(0.000001)
}

output "jsonencode_31" {
  value = jsonencode(0.0000001)
}

output "jsonencode_32" {
  value = jsonencode(1e-10)
}

output "jsonencode_33" {
  value = jsonencode(2 * 1.25)
}

output "jsonencode_34" {
  value = jsonencode(7 / 2)
}

output "jsonencode_35" {
  value = jsonencode(100 / 3)
}

output "jsonencode_36" {
  value = jsonencode("\u2028\u2029")
}

output "jsonencode_37" {
  value = jsonencode("日本")
}

output "jsonencode_38" {
  value = jsonencode("\u007f\u0001")
}

output "jsonencode_39" {
  value = jsonencode({ "key with space" = 1, "" = 2 })
}

output "jsonencode_40" {
  value = jsonencode([[], {}, [[]]])
}

output "jsonencode_41" {
  value = jsonencode(tolist(["x"]))
}

output "jsonencode_42" {
  value = jsonencode("$${}")
}

output "jsonencode_43" {
  value = jsonencode(12.5e2)
}

output "jsonencode_44" {
  value = jsonencode(5 % 3)
}

output "jsonencode_45" {
  value = jsonencode(0.1 + 0.2)
}

output "textdecodebase64_01" {
  value = textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")
}

output "textdecodebase64_02" {
  value = textdecodebase64("SGVsbG8=", "UTF-8")
}

output "textdecodebase64_03" {
  value = textdecodebase64("", "UTF-8")
}

output "textdecodebase64_04" {
  value = textdecodebase64("6Q==", "ISO-8859-1")
}

output "textdecodebase64_05" {
  value = textdecodebase64(local.us, "UTF-8")
}

output "textdecodebase64_06" {
  value = textdecodebase64("w6k=", "UTF-8")
}

output "textencodebase64_01" {
  value = textencodebase64("Hello World", "UTF-16LE")
}

output "textencodebase64_02" {
  value = textencodebase64("Hello", "UTF-8")
}

output "textencodebase64_03" {
  value = textencodebase64("", "UTF-8")
}

output "textencodebase64_04" {
  value = textencodebase64("é", "ISO-8859-1")
}

output "textencodebase64_05" {
  value = textencodebase64(local.us, "UTF-8")
}

output "textencodebase64_06" {
  value = textencodebase64("é", "UTF-16BE")
}

output "textencodebase64_07" {
  value = textencodebase64("abc", "windows-1252")
}

output "urlencode_01" {
  value = urlencode("Hello World!")
}

output "urlencode_02" {
  value = urlencode("☃")
}

output "urlencode_03" {
  value = urlencode("foo=bar&bar=baz")
}

output "urlencode_04" {
  value = urlencode("")
}

output "urlencode_05" {
  value = urlencode("a-b_c.d~e")
}

output "urlencode_06" {
  value = urlencode("a/b?c")
}

output "urlencode_07" {
  value = urlencode(local.us)
}

output "urlencode_08" {
  value = urlencode("100%")
}

output "urlencode_09" {
  value = urlencode("+ *")
}

output "yamldecode_01" {
  value = yamldecode("hello: world")
}

output "yamldecode_02" {
  value = yamldecode("true")
}

output "yamldecode_03" {
  value = yamldecode("{a: &a [1, 2], b: *a}")
}

output "yamldecode_04" {
  value = yamldecode("- a\n- 1\n- true\n- null")
}

output "yamldecode_05" {
  value = yamldecode("a: 1.5\nb: \"2\"\nc: ~")
}

output "yamldecode_07" {
  value = yamldecode("[]")
}

output "yamldecode_08" {
  value = yamldecode("{}")
}

output "yamldecode_09" {
  value = yamldecode("x: yes")
}

output "yamldecode_10" {
  value = yamldecode("x: 0x10")
}

output "yamldecode_11" {
  value = yamldecode("x: 1e3")
}

output "yamldecode_12" {
  value = yamldecode("name: é")
}

output "yamldecode_13" {
  value = yamldecode(local.us)
}

output "yamldecode_14" {
  value = yamldecode("a:\n  b:\n    - c: d")
}

output "yamldecode_15" {
  value = yamldecode("x: |\n  line1\n  line2\n")
}

output "yamldecode_16" {
  value = yamldecode("x: >\n  folded\n  text\n")
}

output "yamldecode_17" {
  value = yamldecode("k: 'quoted'")
}

output "yamldecode_18" {
  value = yamldecode("x: 012")
}

output "yamldecode_20" {
  value = yamldecode("x: 2001-12-14")
}

output "yamldecode_21" {
  value = yamldecode("x: on")
}

output "yamldecode_22" {
  value = yamldecode("x: 123456789012345678901234567890")
}

output "yamldecode_23" {
  value = yamldecode("x: !!str 123")
}

output "yamlencode_01" {
  value = yamlencode({ "a" = "b", "c" = "d" })
}

output "yamlencode_02" {
  value = yamlencode({ "foo" = [1, 2, 3], "bar" = "baz" })
}

output "yamlencode_03" {
  value = yamlencode({ "foo" = [1, { "a" = "b", "c" = "d" }, 3], "bar" = "baz" })
}

output "yamlencode_04" {
  value = yamlencode("x")
}

output "yamlencode_05" {
  value = yamlencode(1)
}

output "yamlencode_06" {
  value = yamlencode(1.5)
}

output "yamlencode_07" {
  value = yamlencode(true)
}

output "yamlencode_08" {
  value = yamlencode(null)
}

output "yamlencode_09" {
  value = yamlencode([])
}

output "yamlencode_10" {
  value = yamlencode({})
}

output "yamlencode_11" {
  value = yamlencode("true")
}

output "yamlencode_12" {
  value = yamlencode("1")
}

output "yamlencode_13" {
  value = yamlencode("multi\nline")
}

output "yamlencode_14" {
  value = yamlencode("é")
}

output "yamlencode_15" {
  value = yamlencode(local.us)
}

output "yamlencode_16" {
  value = yamlencode({ a = local.us })
}

output "yamlencode_17" {
  value = yamlencode("")
}

output "yamlencode_18" {
  value = yamlencode(1e30)
}

output "yamlencode_19" {
  value = yamlencode("a: b")
}

output "yamlencode_20" {
  value = yamlencode(["- x", "#y"])
}

output "yamlencode_21" {
  value = yamlencode({ "key with space" = "null" })
}

output "yamlencode_22" {
  value = yamlencode(toset(["b", "a"]))
}

output "yamlencode_23" {
  value = yamlencode(0.1)
}
