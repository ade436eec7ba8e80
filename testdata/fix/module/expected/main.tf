module "sessions" {
  source    = "./modules/redis"
  name      = "sessions"
  encrypted = true
}

module "jobs" {
  source    = "./modules/redis"
  name      = "jobs"
  encrypted = true
}
