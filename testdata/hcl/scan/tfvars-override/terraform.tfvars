transit = false
