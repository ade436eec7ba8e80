output "cidrhost_01" {
  value = cidrhost("10.12.112.0/20", 16)
}

output "cidrhost_02" {
  value = cidrhost("10.12.112.0/20", 268)
}

output "cidrhost_03" {
  value = cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)
}

output "cidrhost_04" {
  value = cidrhost("10.0.0.0/8", -1)
}

output "cidrhost_05" {
  value = cidrhost("10.0.0.0/8", 0)
}

output "cidrhost_06" {
  value = cidrhost("192.168.1.0/24", 255)
}

output "cidrhost_07" {
  value = cidrhost("10.0.0.0/32", 0)
}

output "cidrhost_08" {
  value = cidrhost(local.us, 1)
}

output "cidrhost_09" {
  value = cidrhost("10.0.0.0/8", local.un)
}

output "cidrhost_10" {
  value = cidrhost("10.0.0.5/8", 1)
}

output "cidrhost_11" {
  value = cidrhost("::/0", 1)
}

output "cidrhost_12" {
  value = cidrhost("2001:db8::/32", 65536)
}

output "cidrhost_13" {
  value = cidrhost("10.0.0.0/8", "5")
}

output "cidrnetmask_01" {
  value = cidrnetmask("172.16.0.0/12")
}

output "cidrnetmask_02" {
  value = cidrnetmask("10.0.0.0/8")
}

output "cidrnetmask_03" {
  value = cidrnetmask("0.0.0.0/0")
}

output "cidrnetmask_04" {
  value = cidrnetmask("10.1.2.3/32")
}

output "cidrnetmask_05" {
  value = cidrnetmask("192.168.0.0/23")
}

output "cidrnetmask_06" {
  value = cidrnetmask(local.us)
}

output "cidrnetmask_07" {
  value = cidrnetmask("10.0.0.0/31")
}

output "cidrsubnet_01" {
  value = cidrsubnet("172.16.0.0/12", 4, 2)
}

output "cidrsubnet_02" {
  value = cidrsubnet("10.1.2.0/24", 4, 15)
}

output "cidrsubnet_03" {
  value = cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)
}

output "cidrsubnet_04" {
  value = cidrsubnet("10.0.0.0/8", 0, 0)
}

output "cidrsubnet_05" {
  value = cidrsubnet("10.0.0.0/16", 8, 255)
}

output "cidrsubnet_06" {
  value = cidrsubnet(local.us, 4, 1)
}

output "cidrsubnet_07" {
  value = cidrsubnet("10.0.0.0/16", local.un, 1)
}

output "cidrsubnet_08" {
  value = cidrsubnet("10.0.0.0/16", 4, local.un)
}

output "cidrsubnet_09" {
  value = cidrsubnet("10.0.0.7/16", 8, 1)
}

output "cidrsubnet_10" {
  value = cidrsubnet("2001:db8::/32", 32, 1)
}

output "cidrsubnet_11" {
  value = cidrsubnet("10.0.0.0/8", "8", "2")
}

output "cidrsubnets_01" {
  value = cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)
}

output "cidrsubnets_02" {
  value = cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)
}

output "cidrsubnets_03" {
  value = cidrsubnets("10.0.0.0/8")
}

output "cidrsubnets_04" {
  value = cidrsubnets("10.0.0.0/24", 1, 1)
}

output "cidrsubnets_05" {
  value = cidrsubnets("10.0.0.0/24", 2, 1)
}

output "cidrsubnets_06" {
  value = cidrsubnets(local.us, 4)
}

output "cidrsubnets_07" {
  value = cidrsubnets("10.0.0.0/16", local.un)
}

output "cidrsubnets_08" {
  value = cidrsubnets("10.0.0.0/16", 8, 4, 8)
}
