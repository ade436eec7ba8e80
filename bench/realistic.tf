# A session cache as a team would write it in one file: a Redis replication group with every security setting
# spelled out, its own KMS key (policy written with jsonencode), an alias, a security group, a subnet group,
# a parameter group and the log groups it delivers to. bench/peers.sh scans it as the one-file (pre-commit)
# input; tfguard reports nothing on it.

variable "name" {
  type    = string
  default = "sessions"
}

variable "environment" {
  type    = string
  default = "production"
}

variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d4e5f60718"
}

variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002", "subnet-0a1b2c3d4e5f60003"]
}

variable "app_cidr_blocks" {
  type    = list(string)
  default = ["10.20.0.0/16"]
}

variable "auth_token" {
  type      = string
  sensitive = true
}

variable "alarm_topic_arn" {
  type    = string
  default = "arn:aws:sns:eu-west-1:111122223333:cache-events"
}

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  port       = 6379
  tags = {
    Service     = var.name
    Environment = var.environment
    ManagedBy   = "terraform"
  }
}

resource "aws_kms_key" "cache" {
  description              = "Encrypts the ${var.name} cache at rest and its snapshots"
  key_usage                = "ENCRYPT_DECRYPT"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  enable_key_rotation      = true
  rotation_period_in_days  = 180
  deletion_window_in_days  = 30
  is_enabled               = true
  multi_region             = false

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdministration"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${local.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "ElastiCacheUse"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${local.account_id}:root" }
        Action = [
          "kms:Encrypt",
          "kms:Decrypt",
          "kms:ReEncrypt*",
          "kms:GenerateDataKey*",
          "kms:CreateGrant",
          "kms:DescribeKey",
        ]
        Resource = "*"
        Condition = {
          StringEquals = {
            "kms:ViaService"    = "elasticache.${data.aws_region.current.name}.amazonaws.com"
            "kms:CallerAccount" = local.account_id
          }
        }
      },
      {
        Sid       = "LogDelivery"
        Effect    = "Allow"
        Principal = { Service = "logs.${data.aws_region.current.name}.amazonaws.com" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"]
        Resource  = "*"
        Condition = {
          ArnLike = {
            "kms:EncryptionContext:aws:logs:arn" = "arn:aws:logs:${data.aws_region.current.name}:${local.account_id}:log-group:/elasticache/${var.name}/*"
          }
        }
      },
    ]
  })

  tags = local.tags
}

resource "aws_kms_alias" "cache" {
  name          = "alias/${var.name}-cache"
  target_key_id = aws_kms_key.cache.key_id
}

resource "aws_security_group" "cache" {
  name        = "${var.name}-cache"
  description = "Redis clients of the ${var.name} service"
  vpc_id      = var.vpc_id

  ingress {
    description = "Redis from the application subnets"
    from_port   = local.port
    to_port     = local.port
    protocol    = "tcp"
    cidr_blocks = var.app_cidr_blocks
  }

  egress {
    description = "Replies within the VPC"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = var.app_cidr_blocks
  }

  tags = local.tags
}

resource "aws_elasticache_subnet_group" "cache" {
  name        = "${var.name}-cache"
  description = "Private subnets of the ${var.name} cache"
  subnet_ids  = var.subnet_ids
  tags        = local.tags
}

resource "aws_elasticache_parameter_group" "cache" {
  name        = "${var.name}-redis7"
  family      = "redis7"
  description = "Cluster mode and eviction for ${var.name}"

  parameter {
    name  = "cluster-enabled"
    value = "yes"
  }

  parameter {
    name  = "maxmemory-policy"
    value = "volatile-lru"
  }
}

resource "aws_cloudwatch_log_group" "slow" {
  name              = "/elasticache/${var.name}/slow-log"
  retention_in_days = 90
  kms_key_id        = aws_kms_key.cache.arn
  tags              = local.tags
}

resource "aws_cloudwatch_log_group" "engine" {
  name              = "/elasticache/${var.name}/engine-log"
  retention_in_days = 90
  kms_key_id        = aws_kms_key.cache.arn
  tags              = local.tags
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "${var.name}-${var.environment}"
  description          = "Sessions of the ${var.name} service"

  engine               = "redis"
  engine_version       = "7.1"
  node_type            = "cache.r7g.large"
  port                 = local.port
  parameter_group_name = aws_elasticache_parameter_group.cache.name
  subnet_group_name    = aws_elasticache_subnet_group.cache.name
  security_group_ids   = [aws_security_group.cache.id]
  network_type         = "ipv4"
  ip_discovery         = "ipv4"

  num_node_groups            = 2
  replicas_per_node_group    = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
  data_tiering_enabled       = false

  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  auth_token                 = var.auth_token
  auth_token_update_strategy = "ROTATE"

  snapshot_retention_limit   = 14
  snapshot_window            = "02:00-03:00"
  maintenance_window         = "sun:04:00-sun:05:00"
  final_snapshot_identifier  = "${var.name}-${var.environment}-final"
  auto_minor_version_upgrade = true
  apply_immediately          = false
  notification_topic_arn     = var.alarm_topic_arn

  log_delivery_configuration {
    destination      = aws_cloudwatch_log_group.slow.name
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "slow-log"
  }

  log_delivery_configuration {
    destination      = aws_cloudwatch_log_group.engine.name
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "engine-log"
  }

  tags = local.tags

  lifecycle {
    ignore_changes = [engine_version]
  }
}

output "primary_endpoint" {
  value = aws_elasticache_replication_group.cache.configuration_endpoint_address
}

output "kms_key_arn" {
  value = aws_kms_key.cache.arn
}
