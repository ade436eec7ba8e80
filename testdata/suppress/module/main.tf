# tfguard:ignore:TFG-EC-002 the legacy caches keep the AWS managed key until they are replaced
module "legacy" {
  source = "./modules/cache"
  name   = "legacy"
}

module "current" {
  source = "./modules/cache"
  name   = "current"
}
