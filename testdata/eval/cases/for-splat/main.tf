output "for_01" {
  value = [for s in ["a", "b"] : upper(s)]
}

output "for_02" {
  value = { for s in ["a", "b"] : s => upper(s) }
}

output "for_03" {
  value = [for i, v in ["a", "b"] : "${i}:${v}"]
}

output "for_04" {
  value = { for k, v in { a = 1, b = 2 } : v => k }
}

output "for_05" {
  value = [for k, v in { b = 1, a = 2 } : k]
}

output "for_06" {
  value = [for x in [1, 2, 3, 4] : x if x % 2 == 0]
}

output "for_07" {
  value = { for x in ["a", "b", "a"] : x => x... }
}

output "for_08" {
  value = { for p in [{ n = "a", v = 1 }, { n = "b", v = 2 }, { n = "a", v = 3 }] : p.n => p.v... }
}

output "for_09" {
  value = [for x in [] : x]
}

output "for_10" {
  value = { for x in [] : x => x }
}

output "for_11" {
  value = [for x in toset(["c", "a", "b"]) : x]
}

output "for_12" {
  value = [for x in local.ul : x]
}

output "for_13" {
  value = [for x in ["a", local.us] : x]
}

output "for_14" {
  value = [for x in ["a", local.us] : upper(x)]
}

output "for_15" {
  value = { for x in ["a", "b"] : x => local.us }
}

output "for_16" {
  value = [for x in [1, 2] : x if local.ub]
}

output "for_17" {
  value = { for k, v in local.um : k => v }
}

output "for_18" {
  value = [for x in [[1, 2], [3]] : length(x)]
}

output "for_19" {
  value = [for x in ["a", "b"] : [for y in [1, 2] : "${x}${y}"]]
}

output "for_20" {
  value = { for i, x in ["z", "y"] : x => i }
}

output "for_21" {
  value = [for k, v in { b = "x", a = "y", c = "z" } : "${k}${v}"]
}

output "for_22" {
  value = { for k, v in { a = 1, b = 2 } : k => v if v > 1 }
}

output "for_23" {
  value = length([for x in range(100) : x])
}

output "for_24" {
  value = [for x in tolist([]) : x]
}

output "for_25" {
  value = [for i, x in toset(["b", "a"]) : i]
}

output "for_26" {
  value = { for k in keys({ z = 1, y = 2 }) : k => k }
}

output "for_27" {
  value = [for s in ["a", null, "b"] : s if s != null]
}

output "for_28" {
  value = { for x in [1, 2] : tostring(x) => x * 10 }
}

output "for_29" {
  value = [for x in ["A", "b"] : lower(x) if x != "A"]
}

output "for_30" {
  value = { for x in [{ k = "a" }] : x.k => x }
}

output "for_31" {
  value = [for c in ["1", "2"] : tonumber(c)]
}

output "for_32" {
  value = [for x in [true, false] : !x]
}

output "for_33" {
  value = [for x in local.ulist2 : x]
}

output "for_34" {
  value = { for k, v in { a = local.us } : k => v }
}

output "for_35" {
  value = [for x in ["a", "b"] : x if x == local.us]
}

output "for_36" {
  value = [for k, v in tomap({ b = 2, a = 1 }) : v]
}

output "for_37" {
  value = { for x in ["é", "e"] : x => length(x) }
}

output "for_38" {
  value = [for x in [1, 2, 3] : x * x]
}

output "for_39" {
  value = [for i in range(3) : i]
}

output "for_40" {
  value = { for k, v in { a = [1, 2], b = [] } : k => length(v) }
}

output "splat_01" {
  value = [{ a = 1 }, { a = 2 }][*].a
}

output "splat_02" {
  value = [{ a = 1 }, { a = 2 }].*.a
}

output "splat_03" {
  value = [][*].a
}

output "splat_04" {
  value = local.objs[*].name
}

output "splat_06" {
  value = local.objs.*.name
}

output "splat_07" {
  value = local.nested[*].inner[0]
}

output "splat_08" {
  value = local.single[*]
}

output "splat_09" {
  value = local.nullval[*]
}

output "splat_10" {
  value = local.objs[*]
}

output "splat_11" {
  value = terraform_data.l[*].input
}

output "splat_12" {
  value = length(local.objs[*].name)
}

output "splat_13" {
  value = [for o in local.objs : o.name]
}

output "splat_14" {
  value = [["a", "b"], ["c"]][*][0]
}

output "splat_16" {
  value = local.uobjs[*].name
}

output "splat_17" {
  value = [{ a = local.us }, { a = "y" }][*].a
}

output "splat_18" {
  value = terraform_data.cnt[*].input
}

output "splat_19" {
  value = terraform_data.cnt[*].output
}

output "splat_20" {
  value = terraform_data.cnt[0].input
}

output "splat_21" {
  value = length(terraform_data.cnt)
}

output "splat_22" {
  value = terraform_data.fe["a"].input
}

output "splat_23" {
  value = keys(terraform_data.fe)
}

output "splat_24" {
  value = { for k, v in terraform_data.fe : k => v.input }
}

output "splat_25" {
  value = terraform_data.fe["b"].output
}

output "splat_26" {
  value = [for r in terraform_data.cnt : r.input]
}

output "splat_27" {
  value = terraform_data.zero[*].input
}

output "splat_28" {
  value = length(terraform_data.zero)
}

output "splat_29" {
  value = terraform_data.s.input
}

output "splat_30" {
  value = terraform_data.s.output
}

output "splat_31" {
  value = terraform_data.s.id
}

output "splat_32" {
  value = terraform_data.s.triggers_replace
}
