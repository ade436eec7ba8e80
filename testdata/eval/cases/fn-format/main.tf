output "format_01" {
  value = format("Hello, %s!", "Ander")
}

output "format_02" {
  value = format("There are %d lights", 4)
}

output "format_03" {
  value = format("%v", "x")
}

output "format_04" {
  value = format("%v", 1.5)
}

output "format_05" {
  value = format("%v", true)
}

output "format_06" {
  value = format("%v", [1, "a"])
}

output "format_07" {
  value = format("%v", { a = 1 })
}

output "format_08" {
  value = format("%#v", "x")
}

output "format_09" {
  value = format("%#v", 1)
}

output "format_10" {
  value = format("%#v", ["a", 1])
}

output "format_11" {
  value = format("%#v", { a = true })
}

output "format_12" {
  value = format("%t", true)
}

output "format_13" {
  value = format("%t", "false")
}

output "format_14" {
  value = format("%d", 42)
}

output "format_15" {
  value = format("%d", "42")
}

output "format_16" {
  value = format("%5d|", 42)
}

output "format_17" {
  value = format("%-5d|", 42)
}

output "format_18" {
  value = format("%05d", 42)
}

output "format_19" {
  value = format("%+d", 42)
}

output "format_20" {
  value = format("%+d", -42)
}

output "format_21" {
  value = format("% d", 42)
}

output "format_22" {
  value = format("%b", 5)
}

output "format_23" {
  value = format("%o", 8)
}

output "format_24" {
  value = format("%x", 255)
}

output "format_25" {
  value = format("%X", 255)
}

output "format_28" {
  value = format("%e", 1234.5678)
}

output "format_29" {
  value = format("%E", 1234.5678)
}

output "format_30" {
  value = format("%f", 3.14159)
}

output "format_31" {
  value = format("%.2f", 3.14159)
}

output "format_32" {
  value = format("%8.3f|", 3.14159)
}

output "format_33" {
  value = format("%-8.2f|", 3.14159)
}

output "format_34" {
  value = format("%g", 1234.5678)
}

output "format_35" {
  value = format("%G", 0.000012345)
}

output "format_36" {
  value = format("%g", 100000000)
}

output "format_37" {
  value = format("%s", 1.5)
}

output "format_38" {
  value = format("%s", true)
}

output "format_39" {
  value = format("%q", "hi\"there")
}

output "format_40" {
  value = format("%q", 5)
}

output "format_41" {
  value = format("%10s|", "hi")
}

output "format_42" {
  value = format("%-10s|", "hi")
}

output "format_43" {
  value = format("%.2s", "hello")
}

output "format_44" {
  value = format("%5.1s|", "hello")
}

output "format_45" {
  value = format("%%")
}

output "format_46" {
  value = format("100%% %s", "sure")
}

output "format_47" {
  value = format("%[2]s %[1]s", "a", "b")
}

output "format_48" {
  value = format("%[1]s %[1]s", "a")
}

output "format_49" {
  value = format("%s %s", "a", "b")
}

output "format_50" {
  value = format("%s", "héllo")
}

output "format_51" {
  value = format("%5s|", "日本")
}

output "format_52" {
  value = format("%d", 12345678901234567890)
}

output "format_53" {
  value = format("%f", 0.1)
}

output "format_54" {
  value = format("%.0f", 2.5)
}

output "format_55" {
  value = format("%.0f", 3.5)
}

output "format_56" {
  value = format("%e", 0)
}

output "format_57" {
  value = format("%x", -255)
}

output "format_58" {
  value = format("%s", local.us)
}

output "format_59" {
  value = format(local.us, "a")
}

output "format_60" {
  value = format("%d-%s", local.un, "x")
}

output "format_63" {
  value = format("%v", null)
}

output "format_64" {
  value = format("%s", "")
}

output "format_65" {
  value = format("")
}

output "format_66" {
  value = format("no verbs")
}

output "format_69" {
  value = format("%v", 100000000000000000000)
}

output "format_70" {
  value = format("%v", 0.000001)
}

output "format_71" {
  value = format("%d", 1e3)
}

output "format_72" {
  value = format("%f", 1e20)
}

output "format_73" {
  value = format("%g", 1e-7)
}

output "format_74" {
  value = format("%#x", 255)
}

output "format_75" {
  value = format("%08.3f", -3.14159)
}

output "format_76" {
  value = format("%x", 3.0)
}

output "formatlist_01" {
  value = formatlist("Hello, %s!", ["Valentina", "Ander", "Olivia", "Sam"])
}

output "formatlist_02" {
  value = formatlist("%s, %s!", "Salutations", ["Valentina", "Ander"])
}

output "formatlist_03" {
  value = formatlist("%s=%d", ["a", "b"], [1, 2])
}

output "formatlist_04" {
  value = formatlist("%s", [])
}

output "formatlist_05" {
  value = formatlist("x")
}

output "formatlist_06" {
  value = formatlist("%v", [true, 1, "s"])
}

output "formatlist_07" {
  value = formatlist("%05.1f", [1, 2.25])
}

output "formatlist_08" {
  value = formatlist("%s-%s", "a", "b")
}

output "formatlist_09" {
  value = formatlist("%s", local.ul)
}

output "formatlist_10" {
  value = formatlist("%s", ["a", local.us])
}

output "formatlist_11" {
  value = formatlist("%[2]s%[1]s", ["a", "b"], ["c", "d"])
}

output "formatlist_12" {
  value = formatlist("%q", ["é"])
}

output "formatlist_13" {
  value = formatlist("%x", [10, 11])
}

output "formatlist_14" {
  value = formatlist("%s", toset(["b", "a"]))
}
