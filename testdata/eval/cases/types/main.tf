resource "terraform_data" "s" {
  input = "str"
}

locals {
  typed_each = { for k, v in var.any_obj : k => v }
  merged     = merge(var.map_obj_opt, { k4 = { enabled = true, size = 9, tags = {} } })
}

output "str_from_num" {
  value = var.str_from_num
}

output "str_from_bool" {
  value = var.str_from_bool
}

output "num_from_str" {
  value = var.num_from_str
}

output "num_from_str_plus" {
  value = var.num_from_str + 1
}

output "num_exp" {
  value = var.num_exp
}

output "bool_from_str" {
  value = var.bool_from_str
}

output "bool_from_str_not" {
  value = !var.bool_from_str
}

output "set_from_list" {
  value = var.set_from_list
}

output "set_from_list_len" {
  value = length(var.set_from_list)
}

output "set_num" {
  value = var.set_num
}

output "list_num_from_str" {
  value = var.list_num_from_str
}

output "map_str" {
  value = var.map_str
}

output "map_any_mixed" {
  value = var.map_any_mixed
}

output "list_any_mixed" {
  value = var.list_any_mixed
}

output "tuple_conv" {
  value = var.tuple_conv
}

output "obj_opt" {
  value = var.obj_opt
}

output "obj_opt_b" {
  value = var.obj_opt.b
}

output "obj_opt_c" {
  value = var.obj_opt.c
}

output "obj_opt_null" {
  value = var.obj_opt_null
}

output "obj_opt_given" {
  value = var.obj_opt_given
}

output "obj_extra_attr" {
  value = var.obj_extra_attr
}

output "obj_extra_attr_try" {
  value = try(var.obj_extra_attr.extra, "gone")
}

output "nested_opt" {
  value = var.nested_opt
}

output "nested_opt_inner_x" {
  value = var.nested_opt.inner.x
}

output "nested_opt_list_ports" {
  value = var.nested_opt.list[*].p
}

output "map_obj_opt" {
  value = var.map_obj_opt
}

output "map_obj_opt_enabled" {
  value = { for k, v in var.map_obj_opt : k => v.enabled }
}

output "any_obj" {
  value = var.any_obj
}

output "any_obj_keys" {
  value = keys(var.any_obj)
}

output "any_obj_each" {
  value = local.typed_each
}

output "any_list" {
  value = var.any_list
}

output "untyped" {
  value = var.untyped
}

output "nullable_false" {
  value = var.nullable_false
}

output "nullable_true" {
  value = var.nullable_true
}

output "nullable_true_is_null" {
  value = var.nullable_true == null
}

output "null_default" {
  value = var.null_default
}

output "null_default_coalesced" {
  value = coalesce(var.null_default, ["d"])
}

output "from_tfvars_str" {
  value = var.from_tfvars_str
}

output "from_tfvars_num" {
  value = var.from_tfvars_num
}

output "from_tfvars_obj" {
  value = var.from_tfvars_obj
}

output "from_tfvars_list" {
  value = var.from_tfvars_list
}

output "from_tfvars_untyped" {
  value = var.from_tfvars_untyped
}

output "secret" {
  value     = var.secret
  sensitive = true
}

output "secret_length" {
  value     = length(var.secret)
  sensitive = true
}

output "secret_in_object" {
  value     = { s = var.secret, plain = "p" }
  sensitive = true
}

output "secret_nonsensitive" {
  value = nonsensitive(var.secret) == "s3cr3t"
}

output "opt_in_list" {
  value = var.opt_in_list
}

output "opt_collection_default" {
  value = var.opt_collection_default
}

output "set_of_obj" {
  value = var.set_of_obj
}

output "list_to_tuple_any" {
  value = var.list_to_tuple_any
}

output "number_big" {
  value = var.number_big
}

output "string_unicode" {
  value = var.string_unicode
}

output "merged" {
  value = local.merged
}

output "merged_keys" {
  value = keys(local.merged)
}

output "type_of_tuple_index" {
  value = var.tuple_conv[1] + 1
}

output "set_for" {
  value = [for s in var.set_from_list : upper(s)]
}

output "map_str_lookup" {
  value = lookup(var.map_str, "b", "none")
}

output "obj_opt_d_len" {
  value = length(var.obj_opt.d)
}

output "from_tfvars_obj_port" {
  value = var.from_tfvars_obj.port
}

output "from_tfvars_obj_flags" {
  value = var.from_tfvars_obj.flags
}
