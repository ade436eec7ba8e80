variable "encrypt_at_rest" {
  description = "encrypt the sessions cache at rest"
  type        = bool
  default     = true # off while testing
}
