module "cache" {
  source = "./modules/cache"
  # copied from example-org/redis/aws 1.2.0

  name = "sessions"
}

module "queue" {
  source = "./modules/queue"
  # copied from git::https://example.com/infra-modules.git//redis?ref=v1.0.0

  name      = "jobs"
  encrypted = true
}
