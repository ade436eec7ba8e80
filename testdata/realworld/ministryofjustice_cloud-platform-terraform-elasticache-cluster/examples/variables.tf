variable "vpc_name" {
  default = "live-1"
}

variable "business_unit" {
  default = "Platforms"
}

variable "application" {
  default = "cloud-platform-terraform-elasticache-cluster example module"
}

variable "is_production" {
  default = "false"
}

variable "team_name" {
  default = "webops"
}

variable "namespace" {
  default = "cloud-platform-terraform-elasticache-cluster-example-module"
}

variable "environment" {
  default = "non-production"
}

variable "infrastructure_support" {
  default = "Cloud Platform"
}
