output "formatdate_01" {
  value = formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")
}

output "formatdate_02" {
  value = formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")
}

output "formatdate_03" {
  value = formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00")
}

output "formatdate_04" {
  value = formatdate("MMM DD, YYYY", "2018-01-02T23:12:01Z")
}

output "formatdate_05" {
  value = formatdate("HH:mmaa", "2018-01-02T23:12:01Z")
}

output "formatdate_06" {
  value = formatdate("h:mm AA", "2018-01-02T09:12:01Z")
}

output "formatdate_07" {
  value = formatdate("YYYY-MM-DD'T'hh:mm:ssZ", "2018-01-02T23:12:01+05:30")
}

output "formatdate_08" {
  value = formatdate("YY M D h m s", "2009-03-04T05:06:07Z")
}

output "formatdate_09" {
  value = formatdate("'quoted' YYYY", "2020-01-01T00:00:00Z")
}

output "formatdate_10" {
  value = formatdate("''", "2020-01-01T00:00:00Z")
}

output "formatdate_11" {
  value = formatdate("ZZZZ ZZZZZ Z", "2020-01-01T00:00:00+02:00")
}

output "formatdate_12" {
  value = formatdate("ZZZZ ZZZZZ Z", "2020-01-01T00:00:00Z")
}

output "formatdate_13" {
  value = formatdate("MMMM", "2020-09-01T00:00:00Z")
}

output "formatdate_15" {
  value = formatdate("YYYY", local.us)
}

output "formatdate_16" {
  value = formatdate(local.us, "2020-01-01T00:00:00Z")
}

output "formatdate_18" {
  value = formatdate("DD", "2020-02-29T00:00:00Z")
}

output "formatdate_19" {
  value = formatdate("", "2020-01-01T00:00:00Z")
}

output "formatdate_20" {
  value = formatdate("aa AA", "2020-01-01T12:00:00Z")
}

output "formatdate_21" {
  value = formatdate("H h", "2020-01-01T00:30:00Z")
}

output "timeadd_01" {
  value = timeadd("2017-11-22T00:00:00Z", "10m")
}

output "timeadd_02" {
  value = timeadd("2017-11-22T00:00:00Z", "-1h")
}

output "timeadd_03" {
  value = timeadd("2017-11-22T00:00:00Z", "1h30m45s")
}

output "timeadd_04" {
  value = timeadd("2017-11-22T00:00:00Z", "0s")
}

output "timeadd_05" {
  value = timeadd("2017-11-22T00:00:00+05:00", "1h")
}

output "timeadd_06" {
  value = timeadd("2017-11-22T00:00:00Z", "1.5h")
}

output "timeadd_07" {
  value = timeadd("2017-11-22T00:00:00Z", "100ms")
}

output "timeadd_08" {
  value = timeadd(local.us, "1h")
}

output "timeadd_09" {
  value = timeadd("2017-11-22T00:00:00Z", local.us)
}

output "timeadd_10" {
  value = timeadd("2020-02-28T23:00:00Z", "2h")
}

output "timeadd_11" {
  value = timeadd("2017-11-22T00:00:00.5Z", "1s")
}

output "timeadd_12" {
  value = timeadd("2017-11-22T00:00:00Z", "8760h")
}

output "timecmp_01" {
  value = timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z")
}

output "timecmp_02" {
  value = timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00Z")
}

output "timecmp_03" {
  value = timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00Z")
}

output "timecmp_04" {
  value = timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00-01:00")
}

output "timecmp_05" {
  value = timecmp(local.us, "2017-11-22T00:00:00Z")
}

output "timecmp_06" {
  value = timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:00.001Z")
}

output "timestamp_01" {
  value = timestamp()
}

output "timestamp_02" {
  value = formatdate("YYYY", timestamp())
}

output "timestamp_03" {
  value = timeadd(timestamp(), "1h")
}

output "timestamp_04" {
  value = length(timestamp()) > 0
}

output "plantimestamp_01" {
  value = plantimestamp()
}

output "plantimestamp_02" {
  value = length(plantimestamp())
}

output "plantimestamp_03" {
  value = formatdate("'x'", plantimestamp())
}
