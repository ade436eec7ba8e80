module "plain" {
  source  = "./modules/redis"
  transit = false
}

module "secure" {
  source = "./modules/redis"
}
