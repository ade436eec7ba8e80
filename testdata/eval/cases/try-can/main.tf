output "try_01" {
  value = try(local.obj.missing, "fallback")
}

output "try_02" {
  value = try(local.obj.nested.list[0], "fb")
}

output "try_03" {
  value = try(local.obj.nested.list[10], "fb")
}

output "try_04" {
  value = try(local.us, "fb")
}

output "try_05" {
  value = try(local.um.a, "fb")
}

output "try_06" {
  value = try(local.um.missing, "fb")
}

output "try_07" {
  value = try(tonumber("x"), 0)
}

output "try_08" {
  value = try(tonumber("5"), 0)
}

output "try_09" {
  value = try(local.ul[5], "fb")
}

output "try_10" {
  value = try(null, "fb")
}

output "try_11" {
  value = try(local.nullval, "fb")
}

output "try_12" {
  value = try(local.nullval.attr, "fb")
}

output "try_13" {
  value = try(["a"][1], ["b"][1], "third")
}

output "try_14" {
  value = try(jsondecode("{"), {})
}

output "try_15" {
  value = try(jsondecode("{\"a\":1}").a, 0)
}

output "try_16" {
  value = try(local.obj.nested.map.k1, "fb")
}

output "try_17" {
  value = try(local.obj.nested.map.nope, "fb")
}

output "try_18" {
  value = try(upper(local.us), "fb")
}

output "try_19" {
  value = try(local.us.x, "fb")
}

output "try_20" {
  value = try(local.ul[0], "fb")
}

output "try_21" {
  value = try(terraform_data.s.output, null)
}

output "try_22" {
  value = try(terraform_data.s.id, "")
}

output "try_23" {
  value = try(coalesce(local.us, "x"), "")
}

output "try_24" {
  value = try(coalesce(null, ""), "empty")
}

output "try_25" {
  value = try(regex("z", "abc"), "nomatch")
}

output "try_26" {
  value = try(regex("b", "abc"), "nomatch")
}

output "try_27" {
  value = try(one(["a", "b"]), "many")
}

output "try_28" {
  value = try(element([], 0), "none")
}

output "try_29" {
  value = try(local.objs[0].tags.env, "none")
}

output "try_30" {
  value = try(local.objs[1].tags.env, "none")
}

output "try_31" {
  value = try({ a = 1 }.a, "x")
}

output "try_32" {
  value = try(1, "x")
}

output "try_33" {
  value = try(tobool("maybe"), false)
}

output "try_34" {
  value = try(local.obj.nested, {})
}

output "try_35" {
  value = try(file("missing.txt"), "nofile")
}

output "try_36" {
  value = try(local.obj["nested"]["map"]["k2"], "x")
}

output "try_37" {
  value = try(local.us + 1, 0)
}

output "try_38" {
  value = try(["a", "b"][local.un], "x")
}

output "try_39" {
  value = try(local.obj.nested.list, [])
}

output "try_40" {
  value = try(keys(local.um), [])
}

output "can_01" {
  value = can(local.obj.missing)
}

output "can_02" {
  value = can(local.obj.nested)
}

output "can_03" {
  value = can(local.us)
}

output "can_04" {
  value = can(local.um.a)
}

output "can_05" {
  value = can(local.um.missing)
}

output "can_06" {
  value = can(tonumber("x"))
}

output "can_07" {
  value = can(tonumber("5"))
}

output "can_08" {
  value = can(regex("^[a-z]+$", "abc"))
}

output "can_09" {
  value = can(regex("^[a-z]+$", "ABC"))
}

output "can_10" {
  value = can(local.ul[5])
}

output "can_11" {
  value = can(local.ul[0])
}

output "can_12" {
  value = can(null)
}

output "can_13" {
  value = can(local.nullval.attr)
}

output "can_14" {
  value = can(cidrhost("10.0.0.0/8", 1))
}

output "can_15" {
  value = can(cidrhost("x", 1))
}

output "can_16" {
  value = can(local.us.x)
}

output "can_17" {
  value = can(upper(local.us))
}

output "can_18" {
  value = can(["a"][2])
}

output "can_19" {
  value = can(jsondecode("[1]"))
}

output "can_20" {
  value = can(jsondecode("[1"))
}

output "can_21" {
  value = can(local.objs[0].name)
}

output "can_22" {
  value = can(local.objs[5].name)
}

output "can_23" {
  value = can(terraform_data.s.output)
}

output "can_24" {
  value = can(tobool("true"))
}

output "can_25" {
  value = can(regex(local.us, "x"))
}

output "can_26" {
  value = can(file("missing.txt"))
}

output "can_27" {
  value = can(fileexists("missing.txt"))
}
