output "regex_10" {
  value = regex("(?P<x>a)(b)", "ab")
}

output "format_26" {
  value = format("%x", "hello")
}

output "format_27" {
  value = format("%X", "hi")
}

output "format_61" {
  value = format("%*d", 5, 42)
}

output "format_62" {
  value = format("%.*f", 2, 3.14159)
}

output "format_67" {
  value = format("%c", 65)
}

output "format_68" {
  value = format("%U", 65)
}

output "coalescelist_03" {
  value = coalescelist([], [])
}

output "concat_10" {
  value = concat()
}

output "contains_14" {
  value = contains([null], null)
}

output "element_12" {
  value = element(["a", "b", "c"], -1)
}

output "length_14" {
  value = length(123)
}

output "length_15" {
  value = length(true)
}

output "one_05" {
  value = one(local.ul)
}

output "setproduct_09" {
  value = setproduct(["a", "b"])
}

output "log_04" {
  value = log(0, 10)
}

output "parseint_06" {
  value = parseint("12", 2) == null
}

output "signum_04" {
  value = signum(-0.5)
}

output "signum_07" {
  value = signum(1e-30)
}

output "yamldecode_06" {
  value = yamldecode("")
}

output "yamldecode_19" {
  value = yamldecode("x: .inf")
}

output "formatdate_14" {
  value = formatdate("EE", "2020-09-01T00:00:00Z")
}

output "formatdate_17" {
  value = formatdate("hh:mm:ss.SSS", "2020-01-01T01:02:03.5Z")
}

output "cidrsubnets_09" {
  value = cidrsubnets("10.0.0.0/16", 0)
}

output "tonumber_10" {
  value = tonumber(" 5")
}

output "tonumber_11" {
  value = tonumber("0x10")
}

output "tonumber_12" {
  value = tonumber("1_000")
}

output "splat_05" {
  value = local.objs[*].tags.env
}

output "splat_15" {
  value = local.objs[*].name[0]
}
