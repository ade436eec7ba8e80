module "cache" {
  source = "../../"

  name      = "a"
  encrypted = false
}
