variable "encrypt_at_rest" {
  description = "encrypt the sessions cache at rest"
  type        = bool
  default     = false # off while testing
}
