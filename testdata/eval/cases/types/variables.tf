# Variable type constraints: conversions, optional() defaults (nested), nullable, any. Every variable has a value:
# a default here or an entry in terraform.tfvars.

variable "str_from_num" {
  type    = string
  default = 5
}

variable "str_from_bool" {
  type    = string
  default = true
}

variable "num_from_str" {
  type    = number
  default = "42"
}

variable "num_exp" {
  type    = number
  default = 1e3
}

variable "bool_from_str" {
  type    = bool
  default = "false"
}

variable "set_from_list" {
  type    = set(string)
  default = ["b", "a", "b"]
}

variable "set_num" {
  type    = set(number)
  default = [3, 1, 20, 2]
}

variable "list_num_from_str" {
  type    = list(number)
  default = ["1", "2.5"]
}

variable "map_str" {
  type    = map(string)
  default = { a = 1, b = true, c = "x" }
}

variable "map_any_mixed" {
  type    = map(any)
  default = { a = 1, b = "x" }
}

variable "list_any_mixed" {
  type    = list(any)
  default = [1, "a", true]
}

variable "tuple_conv" {
  type    = tuple([string, number, bool])
  default = [1, "2", "true"]
}

variable "obj_opt" {
  type = object({
    a = string
    b = optional(bool, true)
    c = optional(number)
    d = optional(list(string), [])
  })
  default = { a = "x" }
}

variable "obj_opt_null" {
  type = object({
    a = string
    b = optional(bool, true)
  })
  default = { a = "x", b = null }
}

variable "obj_opt_given" {
  type = object({
    a = string
    b = optional(bool, true)
  })
  default = { a = "x", b = false }
}

variable "obj_extra_attr" {
  type = object({
    a = string
  })
  default = { a = "x", extra = "dropped" }
}

variable "nested_opt" {
  type = object({
    inner = optional(object({
      x = optional(string, "dx")
      y = optional(list(string), [])
      z = optional(number)
    }), {})
    list = optional(list(object({
      n = string
      p = optional(number, 80)
    })), [])
  })
  default = { list = [{ n = "a" }, { n = "b", p = 443 }] }
}

variable "map_obj_opt" {
  type = map(object({
    enabled = optional(bool, false)
    size    = optional(number, 1)
    tags    = optional(map(string), {})
  }))
  default = {
    k1 = {}
    k2 = { enabled = true }
    k3 = { size = 3, tags = { env = "prod" } }
  }
}

variable "any_obj" {
  type = any
  default = {
    a = { x = 1 }
    b = { y = "s" }
  }
}

variable "any_list" {
  type    = any
  default = [1, "a", { b = true }]
}

variable "untyped" {
  default = { a = [1, 2], b = "x" }
}

variable "nullable_false" {
  type     = string
  default  = "fallback"
  nullable = false
}

variable "nullable_true" {
  type    = string
  default = "fallback"
}

variable "null_default" {
  type    = list(string)
  default = null
}

variable "from_tfvars_str" {
  type = string
}

variable "from_tfvars_num" {
  type = number
}

variable "from_tfvars_obj" {
  type = object({
    name  = string
    port  = optional(number, 6379)
    flags = optional(set(string), [])
  })
}

variable "from_tfvars_list" {
  type = list(string)
}

variable "from_tfvars_untyped" {
}

variable "secret" {
  type      = string
  default   = "s3cr3t"
  sensitive = true
}

variable "opt_in_list" {
  type = list(object({
    a = optional(string, "da")
    b = optional(string)
  }))
  default = [{}, { a = "given" }, { b = "bee" }]
}

variable "opt_collection_default" {
  type = object({
    m = optional(map(object({ v = optional(number, 7) })), { k = {} })
  })
  default = {}
}

variable "set_of_obj" {
  type = set(object({
    name = string
    n    = optional(number, 0)
  }))
  default = [{ name = "b" }, { name = "a", n = 2 }]
}

variable "list_to_tuple_any" {
  type    = list(any)
  default = [[1], [2, 3]]
}

variable "number_big" {
  type    = number
  default = 123456789012345678901234567890
}

variable "string_unicode" {
  type    = string
  default = "héllo ✓"
}
