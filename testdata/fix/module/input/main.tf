module "sessions" {
  source = "./modules/redis"
  name   = "sessions"
}

module "jobs" {
  source    = "./modules/redis"
  name      = "jobs"
  encrypted = false
}
