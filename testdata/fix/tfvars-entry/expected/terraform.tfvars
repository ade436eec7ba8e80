# staging values
tls       = true
node_type = "cache.t4g.small"
