module "cache" {
  source  = "example-org/redis/aws"
  version = "1.2.0"

  name = "sessions"
}

module "queue" {
  source = "git::https://example.com/infra-modules.git//redis?ref=v1.0.0"

  name      = "jobs"
  encrypted = true
}
