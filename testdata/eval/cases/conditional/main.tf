output "cond_01" {
  value = true ? "a" : "b"
}

output "cond_02" {
  value = false ? "a" : "b"
}

output "cond_03" {
  value = 1 > 0 ? 1 : 2
}

output "cond_04" {
  value = local.ub ? "a" : "b"
}

output "cond_05" {
  value = local.ub ? "a" : "a"
}

output "cond_06" {
  value = local.ub ? "a" : null
}

output "cond_07" {
  value = local.ub ? null : null
}

output "cond_08" {
  value = local.ub ? 1 : 2
}

output "cond_09" {
  value = local.ub ? [1] : [2, 3]
}

output "cond_10" {
  value = local.ub ? { a = 1 } : { a = 2 }
}

output "cond_11" {
  value = true ? local.us : "b"
}

output "cond_12" {
  value = false ? local.us : "b"
}

output "cond_13" {
  value = true ? 1 : "2"
}

output "cond_14" {
  value = false ? 1 : "2"
}

output "cond_15" {
  value = true ? [] : ["a"]
}

output "cond_16" {
  value = true ? null : "x"
}

output "cond_17" {
  value = false ? null : "x"
}

output "cond_18" {
  value = local.ub ? local.us : "b"
}

output "cond_19" {
  value = local.ub ? ["a", local.us] : ["c"]
}

output "cond_20" {
  value = length(local.ub ? ["a"] : ["b"])
}

output "cond_21" {
  value = length(local.ub ? ["a"] : ["b", "c"])
}

output "cond_22" {
  value = "true" ? 1 : 2
}

output "cond_23" {
  value = local.ub == true ? 1 : 2
}

output "cond_24" {
  value = (local.ub ? 1 : 2) + 1
}

output "cond_25" {
  value = local.ub ? "x" : local.us
}

output "cond_26" {
  value = true ? { a = 1 } : { b = "x" }
}

output "cond_27" {
  value = local.us == null ? "null" : "set"
}

output "cond_28" {
  value = local.us != null ? "set" : "null"
}

output "cond_29" {
  value = true ? true : false
}

output "cond_30" {
  value = false ? 1.5 : 2.5
}

output "cond_31" {
  value = local.ub ? tolist(["a"]) : tolist([])
}

output "cond_32" {
  value = true ? tomap({ a = "1" }) : { b = 2 }
}

output "cond_33" {
  value = local.ub ? "a" : 1
}

output "cond_34" {
  value = true ? (false ? 1 : 2) : 3
}

output "cond_35" {
  value = local.ub ? toset(["a"]) : toset(["b"])
}

output "cond_36" {
  value = upper(local.ub ? "a" : "b")
}

output "cond_37" {
  value = "${local.ub ? "a" : "b"}!"
}

output "cond_38" {
  value = true ? "only" : local.us
}

output "cond_39" {
  value = null == null ? "eq" : "ne"
}
