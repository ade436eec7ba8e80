from_tfvars_str     = 5
from_tfvars_num     = "7.5"
from_tfvars_obj     = { name = "cache", flags = ["b", "a", "b"] }
from_tfvars_list    = ["x", 1, true]
from_tfvars_untyped = { k = [1, "two"] }
nullable_false      = null
nullable_true       = null
