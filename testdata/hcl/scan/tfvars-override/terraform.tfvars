transit = false # expect TFG-EC-003
