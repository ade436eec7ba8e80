output "abs_01" {
  value = abs(23)
}

output "abs_02" {
  value = abs(0)
}

output "abs_03" {
  value = abs(-12.4)
}

output "abs_04" {
  value = abs(-0)
}

output "abs_05" {
  value = abs(local.un)
}

output "abs_06" {
  value = abs("-5")
}

output "abs_07" {
  value = abs(-1e30)
}

output "abs_08" {
  value = abs(-99999999999999999999)
}

output "ceil_01" {
  value = ceil(5)
}

output "ceil_02" {
  value = ceil(5.1)
}

output "ceil_03" {
  value = ceil(-5.1)
}

output "ceil_04" {
  value = ceil(0)
}

output "ceil_05" {
  value = ceil(local.un)
}

output "ceil_06" {
  value = ceil("1.5")
}

output "ceil_07" {
  value = ceil(1e21 + 0.5)
}

output "ceil_08" {
  value = ceil(-0.5)
}

output "floor_01" {
  value = floor(5)
}

output "floor_02" {
  value = floor(4.9)
}

output "floor_03" {
  value = floor(-4.1)
}

output "floor_04" {
  value = floor(0)
}

output "floor_05" {
  value = floor(local.un)
}

output "floor_06" {
  value = floor("2.7")
}

output "floor_07" {
  value = floor(-0.5)
}

output "floor_08" {
  value = floor(12345678901234567890.5)
}

output "log_01" {
  value = log(50, 10)
}

output "log_02" {
  value = log(16, 2)
}

output "log_03" {
  value = log(1, 10)
}

output "log_05" {
  value = log(local.un, 10)
}

output "log_06" {
  value = log(8, 2)
}

output "log_07" {
  value = log(100, 10)
}

output "log_08" {
  value = log(2, 8)
}

output "log_09" {
  value = floor(log(1000, 10))
}

output "max_01" {
  value = max(12, 54, 3)
}

output "max_02" {
  value = max([12, 54, 3]...)
}

output "max_03" {
  value = max(1)
}

output "max_04" {
  value = max(-1, -2)
}

output "max_05" {
  value = max(1.5, 1.25)
}

output "max_06" {
  value = max("3", 2)
}

output "max_07" {
  value = max(local.un, 1)
}

output "max_08" {
  value = max(1e30, 1)
}

output "max_09" {
  value = max(0, -0)
}

output "min_01" {
  value = min(12, 54, 3)
}

output "min_02" {
  value = min([12, 54, 3]...)
}

output "min_03" {
  value = min(1)
}

output "min_04" {
  value = min(-1, -2)
}

output "min_05" {
  value = min(1.5, 1.25)
}

output "min_06" {
  value = min("3", 20)
}

output "min_07" {
  value = min(local.un, 1)
}

output "min_08" {
  value = min(-1e30, 1)
}

output "parseint_01" {
  value = parseint("100", 10)
}

output "parseint_02" {
  value = parseint("FF", 16)
}

output "parseint_03" {
  value = parseint("-10", 16)
}

output "parseint_04" {
  value = parseint("1011111011101111", 2)
}

output "parseint_05" {
  value = parseint("aA", 62)
}

output "parseint_07" {
  value = parseint("0", 10)
}

output "parseint_08" {
  value = parseint("zz", 36)
}

output "parseint_09" {
  value = parseint("123456789012345678901234567890", 10)
}

output "parseint_10" {
  value = parseint(local.us, 10)
}

output "parseint_11" {
  value = parseint("10", local.un)
}

output "parseint_12" {
  value = parseint("+7", 10)
}

output "parseint_13" {
  value = parseint("ff", 16)
}

output "parseint_14" {
  value = parseint("777", 8)
}

output "pow_01" {
  value = pow(3, 2)
}

output "pow_02" {
  value = pow(4, 0)
}

output "pow_03" {
  value = pow(2, 10)
}

output "pow_04" {
  value = pow(2, -1)
}

output "pow_05" {
  value = pow(9, 0.5)
}

output "pow_06" {
  value = pow(0, 0)
}

output "pow_07" {
  value = pow(local.un, 2)
}

output "pow_08" {
  value = pow(10, 20)
}

output "pow_09" {
  value = pow(-2, 3)
}

output "pow_10" {
  value = pow(2, 64)
}

output "pow_11" {
  value = pow(1.5, 2)
}

output "signum_01" {
  value = signum(-13)
}

output "signum_02" {
  value = signum(0)
}

output "signum_03" {
  value = signum(344)
}

output "signum_05" {
  value = signum(local.un)
}

output "signum_06" {
  value = signum("5")
}
