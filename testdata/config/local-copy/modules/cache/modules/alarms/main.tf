variable "group" {
  type = string
}

resource "aws_kms_key" "alarms" {
  description         = "alarm topic of ${var.group}"
  enable_key_rotation = false
}
