output "arith_01" {
  value = 1 + 2
}

output "arith_02" {
  value = 1 - 2
}

output "arith_03" {
  value = 2 * 3
}

output "arith_04" {
  value = 7 / 2
}

output "arith_05" {
  value = 1 / 3
}

output "arith_06" {
  value = 2 / 3
}

output "arith_07" {
  value = 10 / 4
}

output "arith_08" {
  value = 7 % 3
}

output "arith_09" {
  value = -7 % 3
}

output "arith_10" {
  value = 7 % -3
}

output "arith_11" {
  value = 7.5 % 2
}

output "arith_12" {
  value = -(5)
}

output "arith_13" {
  value = -(-5)
}

output "arith_14" {
  value = 1.5 + 1.5
}

output "arith_15" {
  value = 0.1 + 0.2
}

output "arith_16" {
  value = 0.1 * 3
}

output "arith_17" {
  value = 1e30 * 1e30
}

output "arith_18" {
  value = 99999999999999999999 + 1
}

output "arith_19" {
  value = 123456789012345678901234567890 * 2
}

output "arith_20" {
  value = 1 / 7 * 7
}

output "arith_21" {
  value = "1" + 2
}

output "arith_22" {
  value = "1.5" * 2
}

output "arith_23" {
  value = 2 - 2.5
}

output "arith_24" {
  value = 100 / 10
}

output "arith_25" {
  value = 3 * 0.1
}

output "arith_26" {
  value = 1e-5 * 1e-5
}

output "arith_27" {
  value = 10 % 2.5
}

output "arith_28" {
  value = -0
}

output "arith_29" {
  value = 0 - 0
}

output "arith_30" {
  value = 5 / -2
}

output "arith_31" {
  value = 1 / 9
}

output "arith_32" {
  value = 22 / 7
}

output "arith_33" {
  value = 2 * 3 + 4
}

output "arith_34" {
  value = 2 + 3 * 4
}

output "arith_35" {
  value = (2 + 3) * 4
}

output "arith_36" {
  value = 10 - 2 - 3
}

output "arith_37" {
  value = 100 / 10 / 5
}

output "arith_38" {
  value = 7 % 4 * 2
}

output "arith_39" {
  value = local.un + 1
}

output "arith_40" {
  value = 1 * local.un
}

output "arith_41" {
  value = local.un - local.un
}

output "arith_42" {
  value = -local.un
}

output "arith_43" {
  value = local.un % 2
}

output "arith_44" {
  value = 1 / 0.5
}

output "arith_45" {
  value = 0.5 / 0.25
}

output "arith_46" {
  value = 1 + 1e-20
}

output "arith_47" {
  value = 9007199254740993 + 0
}

output "arith_48" {
  value = 9007199254740993 * 1
}

output "arith_49" {
  value = 4 / 2
}

output "arith_50" {
  value = 1e2 + 0
}

output "compare_01" {
  value = 1 < 2
}

output "compare_02" {
  value = 2 < 1
}

output "compare_03" {
  value = 1 <= 1
}

output "compare_04" {
  value = 1 > 2
}

output "compare_05" {
  value = 2 >= 2
}

output "compare_06" {
  value = "1" < 2
}

output "compare_07" {
  value = 1.5 > 1.25
}

output "compare_08" {
  value = -1 < 0
}

output "compare_09" {
  value = local.un < 1
}

output "compare_10" {
  value = 1 >= local.un
}

output "compare_11" {
  value = 1e30 > 1e29
}

output "compare_12" {
  value = 0.1 + 0.2 == 0.3
}

output "compare_13" {
  value = 1 == 1.0
}

output "compare_14" {
  value = 1 == "1"
}

output "compare_15" {
  value = "a" == "a"
}

output "compare_16" {
  value = "a" != "b"
}

output "compare_17" {
  value = true == true
}

output "compare_18" {
  value = true == "true"
}

output "compare_19" {
  value = null == null
}

output "compare_20" {
  value = "" == null
}

output "compare_21" {
  value = [] == []
}

output "compare_22" {
  value = [1] == [1]
}

output "compare_23" {
  value = [1] == ["1"]
}

output "compare_24" {
  value = {} == {}
}

output "compare_25" {
  value = { a = 1 } == { a = 1 }
}

output "compare_26" {
  value = { a = 1 } == { a = 2 }
}

output "compare_27" {
  value = tolist([]) == []
}

output "compare_28" {
  value = toset(["a"]) == toset(["a"])
}

output "compare_29" {
  value = local.us == "x"
}

output "compare_30" {
  value = local.us != "x"
}

output "compare_31" {
  value = local.us == null
}

output "compare_32" {
  value = null != local.us
}

output "compare_33" {
  value = [local.us] == ["x"]
}

output "compare_34" {
  value = [local.us] == []
}

output "compare_35" {
  value = { a = local.us } == { b = 1 }
}

output "compare_36" {
  value = tomap({ a = "1" }) == { a = "1" }
}

output "compare_37" {
  value = "é" == "é"
}

output "compare_38" {
  value = 1e3 == 1000
}

output "compare_39" {
  value = 2 > 1 == true
}

output "compare_40" {
  value = [1, 2] == [1, 2]
}

output "compare_41" {
  value = [1, 2] != [2, 1]
}

output "compare_42" {
  value = null == local.us
}

output "compare_43" {
  value = 1 != 1
}

output "compare_44" {
  value = tolist(["a"]) == tolist(["a"])
}

output "compare_45" {
  value = local.ul == []
}

output "logic_01" {
  value = true && true
}

output "logic_02" {
  value = true && false
}

output "logic_03" {
  value = false || true
}

output "logic_04" {
  value = false || false
}

output "logic_05" {
  value = !true
}

output "logic_06" {
  value = !false
}

output "logic_07" {
  value = !!true
}

output "logic_08" {
  value = true && local.ub
}

output "logic_09" {
  value = false && local.ub
}

output "logic_10" {
  value = true || local.ub
}

output "logic_11" {
  value = false || local.ub
}

output "logic_12" {
  value = local.ub && false
}

output "logic_13" {
  value = local.ub || true
}

output "logic_14" {
  value = !local.ub
}

output "logic_15" {
  value = "true" && true
}

output "logic_16" {
  value = true || false && false
}

output "logic_17" {
  value = (true || false) && false
}

output "logic_18" {
  value = !true || true
}

output "logic_19" {
  value = local.ub && local.ub
}

output "template_01" {
  value = "a${1}b"
}

output "template_02" {
  value = "${true}"
}

output "template_03" {
  value = "${1.5}"
}

output "template_04" {
  value = "${1000}"
}

output "template_05" {
  value = "${1e3}"
}

output "template_06" {
  value = "${0.1 + 0.2}"
}

output "template_07" {
  value = "${1 / 3}"
}

output "template_08" {
  value = "x-${local.us}"
}

output "template_09" {
  value = "${local.us}"
}

output "template_10" {
  value = "${"nested ${"deep"}"}"
}

output "template_11" {
  value = "%{ if true }yes%{ endif }"
}

output "template_12" {
  value = "%{ if false }yes%{ else }no%{ endif }"
}

output "template_13" {
  value = "%{ for x in ["a", "b"] }${x};%{ endfor }"
}

output "template_14" {
  value = "%{ for k, v in { a = 1, b = 2 } }${k}=${v} %{ endfor }"
}

output "template_15" {
  value = "%{ for i, v in ["x", "y"] }${i}${v}%{ endfor }"
}

output "template_16" {
  value = "%{ if local.ub }a%{ endif }"
}

output "template_17" {
  value = "%{ for x in local.ul }${x}%{ endfor }"
}

output "template_18" {
  value = "  ${"x"}  "
}

output "template_19" {
  value = "a \\ b"
}

output "template_20" {
  value = "tab\there"
}

output "template_21" {
  value = "\u00e9"
}

output "template_22" {
  value = "${upper("a")}${lower("B")}"
}

output "template_23" {
  value = "$${1}"
}

output "template_24" {
  value = "%%%{ literal }"
}

output "template_25" {
  value = "${-1}"
}

output "template_26" {
  value = "${12345678901234567890}"
}

output "template_27" {
  value = "${tostring(null) == null}"
}

output "template_28" {
  value = "pre${""}post"
}

output "template_29" {
  value = "%{ for x in [] }${x}%{ endfor }empty"
}

output "template_30" {
  value = "${1 == 1}"
}

output "template_31" {
  value = "%{ if true ~}  trimmed  %{~ endif }"
}

output "template_32" {
  value = "a ${~ "b" ~} c"
}

output "template_33" {
  value = "${local.un}"
}

output "template_34" {
  value = "${["a"][0]}"
}

output "heredoc_01" {
  value = <<EOT
hello
EOT
}

output "heredoc_02" {
  value = <<-EOT
    indented
      more
    EOT
}

output "heredoc_03" {
  value = <<EOT
${upper("x")}
EOT
}

output "heredoc_04" {
  value = <<-EOT
  %{ for x in ["a", "b"] }
  ${x}
  %{ endfor }
  EOT
}

output "heredoc_05" {
  value = <<EOT
EOT
}

output "heredoc_06" {
  value = <<EOT
a

b
EOT
}

output "index_01" {
  value = ["a", "b"][1]
}

output "index_02" {
  value = { a = 1 }["a"]
}

output "index_03" {
  value = { a = 1 }.a
}

output "index_04" {
  value = [[1, 2], [3]][0][1]
}

output "index_05" {
  value = { a = { b = "c" } }.a.b
}

output "index_06" {
  value = ["a", "b"]["1"]
}

output "index_07" {
  value = { "1" = "x" }[1]
}

output "index_08" {
  value = local.ul[0]
}

output "index_09" {
  value = local.um["a"]
}

output "index_10" {
  value = ["a", local.us][0]
}

output "index_11" {
  value = ["a", local.us][1]
}

output "index_12" {
  value = { a = local.us, b = 1 }.b
}

output "index_13" {
  value = { a = local.us, b = 1 }.a
}

output "index_14" {
  value = ["a", "b"][local.un]
}

output "index_15" {
  value = local.obj.nested.list[1]
}

output "index_16" {
  value = local.obj["nested"]["list"][0]
}

output "index_17" {
  value = tolist(["x"])[0]
}

output "index_18" {
  value = tomap({ k = "v" }).k
}

output "index_19" {
  value = local.obj.nested.map["k2"]
}

output "index_20" {
  value = [1.5][0]
}

# Numbers are 512-bit binary floats in Terraform, written as the shortest decimal that reads back
# as the same float (issue 15: division, -0, float64 results).
output "number_01" {
  value = 0.1 + 0.2
}

output "number_02" {
  value = 1 / 3 + 1 / 3
}

output "number_03" {
  value = tostring(10 / 4)
}

output "number_04" {
  value = jsonencode(0 * -1)
}

output "number_05" {
  value = pow(2, 0.5) * 2
}

output "number_06" {
  value = pow(2, 64) == 18446744073709551616
}

output "number_07" {
  value = 1 / 3 == 0.3333333333333333
}

output "number_08" {
  value = -7.5 % 2
}

output "number_09" {
  value = 2 / 3 > 0.6666666666666666
}

output "number_10" {
  value = format("%s", 5 / 7)
}

# && and || evaluate both operands; == of values whose types differ is false even with unknowns
# inside; a conditional with an unknown condition keeps what both results share.
output "unknown_01" {
  value = false || local.ub
}

output "unknown_02" {
  value = true && local.ub
}

output "unknown_03" {
  value = [local.us, "x"] == ["a"]
}

output "unknown_04" {
  value = { a = local.us } == { a = "x", b = 1 }
}

output "unknown_05" {
  value = local.ub ? tolist(["a", "b"]) : tolist(["c", "d"])
}

output "unknown_06" {
  value = local.ub ? null : null
}

output "unknown_07" {
  value = "${local.un}"
}

output "unknown_08" {
  value = "${[1, 2]}"
}

output "unknown_09" {
  value = local.us == null
}
