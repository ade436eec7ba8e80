# staging values
tls       = false
node_type = "cache.t4g.small"
