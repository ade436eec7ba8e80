module "redis" {
  source  = "cloudposse/elasticache-redis/aws"
  version = "1.9.0"

  name                       = "sessions"
  vpc_id                     = "vpc-0123456789abcdef0"
  subnets                    = ["subnet-0123456789abcdef0"]
  transit_encryption_enabled = true
}
