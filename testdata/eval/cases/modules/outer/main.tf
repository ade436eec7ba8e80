variable "names" {
  type = list(string)
}

module "inner" {
  source   = "../mod"
  for_each = toset(var.names)
  name     = each.value
  size     = length(each.value)
}

output "greetings" {
  value = { for k, m in module.inner : k => m.greeting }
}

output "sizes" {
  value = [for k in sort(keys(module.inner)) : module.inner[k].size2]
}
