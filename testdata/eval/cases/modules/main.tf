resource "terraform_data" "s" {
  input = "str"
}

module "plain" {
  source = "./mod"
  name   = "p"
  size   = 3
  tags   = { env = "prod" }
}

module "counted" {
  source = "./mod"
  count  = 2
  name   = "c${count.index}"
  size   = count.index
}

module "each" {
  source   = "./mod"
  for_each = { a = 1, b = 2 }
  name     = each.key
  size     = each.value
}

module "each_set" {
  source   = "./mod"
  for_each = toset(["x", "y"])
  name     = each.value
}

module "each_obj" {
  source = "./mod"
  for_each = {
    small = { size = 1, tags = { t = "s" } }
    large = { size = 5, tags = {} }
  }
  name = each.key
  size = each.value.size
  tags = each.value.tags
}

module "zero" {
  source = "./mod"
  count  = 0
  name   = "never"
}

module "empty_each" {
  source   = "./mod"
  for_each = {}
  name     = "never"
}

module "unknown_input" {
  source = "./mod"
  name   = terraform_data.s.output
}

module "typed" {
  source   = "./typed"
  settings = { name = "cache" }
  items    = ["b", "a", "b"]
  required_nonnull = null
}

module "typed_given" {
  source   = "./typed"
  settings = { name = "cache", port = "6380", enabled = "false", extra = { k = 1 } }
}

module "outer" {
  source = "./outer"
  names  = ["bb", "a"]
}

output "plain_greeting" {
  value = module.plain.greeting
}

output "plain_size2" {
  value = module.plain.size2
}

output "plain_tags" {
  value = module.plain.tags
}

output "plain_id" {
  value = module.plain.id
}

output "plain_input" {
  value = module.plain.input
}

output "plain_label" {
  value = module.plain.label
}

output "plain_obj" {
  value = module.plain.obj
}

output "plain_nothing" {
  value = module.plain.nothing
}

output "plain_whole" {
  value = module.plain
}

output "counted_0" {
  value = module.counted[0].greeting
}

output "counted_1_size2" {
  value = module.counted[1].size2
}

output "counted_splat" {
  value = module.counted[*].greeting
}

output "counted_length" {
  value = length(module.counted)
}

output "counted_labels" {
  value = [for m in module.counted : m.label]
}

output "counted_ids" {
  value = module.counted[*].id
}

output "counted_whole" {
  value = module.counted
}

output "each_a" {
  value = module.each["a"].size2
}

output "each_map" {
  value = { for k, m in module.each : k => m.greeting }
}

output "each_keys" {
  value = keys(module.each)
}

output "each_b_obj" {
  value = module.each["b"].obj
}

output "each_set_keys" {
  value = keys(module.each_set)
}

output "each_set_y" {
  value = module.each_set["y"].label
}

output "each_obj_large" {
  value = module.each_obj["large"].size2
}

output "each_obj_tags" {
  value = { for k, m in module.each_obj : k => m.tags }
}

output "each_values_size2" {
  value = values(module.each)[*].size2
}

output "zero_length" {
  value = length(module.zero)
}

output "zero_splat" {
  value = module.zero[*].greeting
}

output "empty_each" {
  value = module.empty_each
}

output "unknown_greeting" {
  value = module.unknown_input.greeting
}

output "unknown_size2" {
  value = module.unknown_input.size2
}

output "unknown_obj" {
  value = module.unknown_input.obj
}

output "unknown_label" {
  value = module.unknown_input.label
}

output "typed_settings" {
  value = module.typed.settings
}

output "typed_port" {
  value = module.typed.port
}

output "typed_items" {
  value = module.typed.items
}

output "typed_nonnull" {
  value = module.typed.required_nonnull
}

output "typed_given" {
  value = module.typed_given.settings
}

output "outer_greetings" {
  value = module.outer.greetings
}

output "outer_sizes" {
  value = module.outer.sizes
}

output "outer_whole" {
  value = module.outer
}
