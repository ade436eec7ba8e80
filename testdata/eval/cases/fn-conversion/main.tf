output "tobool_01" {
  value = tobool(true)
}

output "tobool_02" {
  value = tobool("true")
}

output "tobool_03" {
  value = tobool("false")
}

output "tobool_04" {
  value = tobool(null)
}

output "tobool_05" {
  value = tobool(local.ub)
}

output "tobool_06" {
  value = tobool(local.us)
}

output "tobool_07" {
  value = tobool(false)
}

output "tonumber_01" {
  value = tonumber(1)
}

output "tonumber_02" {
  value = tonumber("1")
}

output "tonumber_03" {
  value = tonumber("1.5")
}

output "tonumber_04" {
  value = tonumber(null)
}

output "tonumber_05" {
  value = tonumber("-0.25")
}

output "tonumber_06" {
  value = tonumber("1e3")
}

output "tonumber_07" {
  value = tonumber(local.un)
}

output "tonumber_08" {
  value = tonumber(local.us)
}

output "tonumber_09" {
  value = tonumber("123456789012345678901234567890")
}

output "tonumber_13" {
  value = tonumber(".5")
}

output "tonumber_14" {
  value = tonumber("5.")
}

output "tonumber_15" {
  value = tonumber("+3")
}

output "tostring_01" {
  value = tostring("hello")
}

output "tostring_02" {
  value = tostring(1)
}

output "tostring_03" {
  value = tostring(true)
}

output "tostring_04" {
  value = tostring(null)
}

output "tostring_05" {
  value = tostring(1.50)
}

output "tostring_06" {
  value = tostring(1e3)
}

output "tostring_07" {
  value = tostring(local.us)
}

output "tostring_08" {
  value = tostring(local.un)
}

output "tostring_09" {
  value = tostring(-0.001)
}

output "tostring_10" {
  value = tostring(1e21)
}

output "tostring_11" {
  value = tostring(1/3)
}

output "tostring_12" {
  value = tostring(123456789012345678901234567890)
}

output "tolist_01" {
  value = tolist(["a", "b", "c"])
}

output "tolist_02" {
  value = tolist(["a", 1])
}

output "tolist_03" {
  value = tolist([])
}

output "tolist_04" {
  value = tolist(toset(["b", "a"]))
}

output "tolist_05" {
  value = tolist([1, "a", true])
}

output "tolist_06" {
  value = tolist(null)
}

output "tolist_07" {
  value = tolist(local.ul)
}

output "tolist_08" {
  value = tolist(["a", local.us])
}

output "tolist_09" {
  value = tolist([null, "a"])
}

output "tolist_10" {
  value = tolist([[1], [2, 3]])
}

output "tolist_11" {
  value = tolist([{ a = 1 }, { a = "x" }])
}

output "tolist_12" {
  value = tolist([{ a = 1 }, { b = 2 }])
}

output "toset_01" {
  value = toset(["a", "b", "c"])
}

output "toset_02" {
  value = toset(["a", "b", "a"])
}

output "toset_03" {
  value = toset(["c", "b", "b"])
}

output "toset_04" {
  value = toset([])
}

output "toset_05" {
  value = toset([1, "a"])
}

output "toset_06" {
  value = toset([3, 1, 20, 2])
}

output "toset_07" {
  value = toset(["b", "B", "a", "é", "1", "10", "9"])
}

output "toset_08" {
  value = toset([true, false, true])
}

output "toset_09" {
  value = toset(null)
}

output "toset_10" {
  value = toset(local.ul)
}

output "toset_11" {
  value = toset(["a", local.us])
}

output "toset_12" {
  value = toset([[1], [1]])
}

output "toset_13" {
  value = toset([1.5, -2, 1e3])
}

output "tomap_01" {
  value = tomap({ "a" = 1, "b" = 2 })
}

output "tomap_02" {
  value = tomap({ "a" = "foo", "b" = true })
}

output "tomap_03" {
  value = tomap({})
}

output "tomap_04" {
  value = tomap(null)
}

output "tomap_05" {
  value = tomap({ a = 1, b = "x" })
}

output "tomap_06" {
  value = tomap(local.um)
}

output "tomap_07" {
  value = tomap({ a = local.us })
}

output "tomap_08" {
  value = tomap({ a = [1], b = [] })
}

output "tomap_09" {
  value = tomap({ a = null, b = "x" })
}

output "tomap_10" {
  value = tomap({ b = 1, a = 2 })
}

output "sensitive_01" {
  value = sensitive(1)
  sensitive = true
}

output "sensitive_02" {
  value = sensitive("x")
  sensitive = true
}

output "sensitive_03" {
  value = sensitive(null)
  sensitive = true
}

output "sensitive_04" {
  value = sensitive(local.us)
  sensitive = true
}

output "sensitive_05" {
  value = sensitive({ a = 1 })
  sensitive = true
}

output "sensitive_06" {
  value = sensitive([])
  sensitive = true
}

output "nonsensitive_01" {
  value = nonsensitive(sensitive("x"))
  sensitive = true
}

output "nonsensitive_02" {
  value = nonsensitive(sensitive({ a = 1 }))
  sensitive = true
}

output "nonsensitive_03" {
  value = nonsensitive(sensitive(local.us))
  sensitive = true
}

output "nonsensitive_04" {
  value = nonsensitive("plain")
}

output "nonsensitive_05" {
  value = nonsensitive(local.us)
}

output "issensitive_01" {
  value = issensitive(sensitive("x"))
  sensitive = true
}

output "issensitive_02" {
  value = issensitive("x")
}

output "issensitive_03" {
  value = issensitive(sensitive(null))
  sensitive = true
}

output "issensitive_04" {
  value = issensitive(local.us)
}

output "issensitive_05" {
  value = issensitive(sensitive(local.us))
  sensitive = true
}

output "issensitive_06" {
  value = issensitive([sensitive("x")])
  sensitive = true
}

output "issensitive_07" {
  value = issensitive(null)
}

output "ephemeralasnull_01" {
  value = ephemeralasnull("x")
}

output "ephemeralasnull_02" {
  value = ephemeralasnull(null)
}

output "ephemeralasnull_03" {
  value = ephemeralasnull(local.us)
}

output "ephemeralasnull_04" {
  value = ephemeralasnull({ a = 1 })
}

output "ephemeralasnull_05" {
  value = ephemeralasnull([1, 2])
}
