# Values shared by the outputs of this configuration. terraform_data's output and id are unknown until apply:
# they are the only source of unknown values in the suite.
resource "terraform_data" "s" {
  input = "str"
}

resource "terraform_data" "n" {
  input = 5
}

resource "terraform_data" "b" {
  input = true
}

resource "terraform_data" "l" {
  input = ["a", "b"]
}

resource "terraform_data" "m" {
  input = { a = "x" }
}

resource "terraform_data" "lb" {
  input = [true, true]
}

resource "terraform_data" "ln" {
  input = [1, 2]
}

resource "terraform_data" "ml" {
  input = { a = ["1"] }
}

resource "terraform_data" "cnt" {
  count = 2
  input = "c${count.index}"
}

resource "terraform_data" "zero" {
  count = 0
  input = "never"
}

resource "terraform_data" "fe" {
  for_each = { a = "1", b = "2" }
  input    = "${each.key}=${each.value}"
}

locals {
  us   = terraform_data.s.output
  un   = terraform_data.n.output
  ub   = terraform_data.b.output
  ul   = terraform_data.l.output
  um   = terraform_data.m.output
  ul2  = terraform_data.lb.output
  ul3  = terraform_data.ln.output
  umL  = terraform_data.ml.output
  tpl     = "n=$${n}"
  t_hello = "Hello, $${name}!"
  t_sum   = "$${a + b}"
  t_for   = "%%{ for x in xs }$${x},%%{ endfor }"
  t_if    = "%%{ if on }yes%%{ else }no%%{ endif }"
  t_plain = "plain"
  t_upper = "$${upper(v)}"
  t_json  = "$${jsonencode(m)}"
  t_num   = "n=$${n * 2}"
  obj = {
    name = "o"
    nested = {
      list = ["l0", "l1"]
      map  = { k1 = "v1", k2 = "v2" }
    }
  }
  objs = [
    { name = "a", tags = { env = "prod" }, inner = [1] },
    { name = "b", tags = {}, inner = [2] },
  ]
  nested  = [{ inner = ["x", "y"] }, { inner = ["z"] }]
  single  = "one"
  nullval = null
  uobjs   = [{ name = local.us }, { name = "k" }]
  ulist2  = [local.us, "b"]
}
