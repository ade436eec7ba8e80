module "cache" {
  source = "../../"

  name = "b"
}
