output "abspath_01" {
  value = abspath("/a/b/../c")
}

output "abspath_02" {
  value = abspath("/")
}

output "abspath_03" {
  value = abspath("/x/./y/")
}

output "abspath_04" {
  value = abspath(local.us)
}

output "abspath_05" {
  value = abspath("//a//b")
}

output "basename_01" {
  value = basename("foo/bar/baz.txt")
}

output "basename_02" {
  value = basename("baz.txt")
}

output "basename_03" {
  value = basename("foo/bar/")
}

output "basename_04" {
  value = basename("")
}

output "basename_05" {
  value = basename("/")
}

output "basename_06" {
  value = basename(local.us)
}

output "basename_07" {
  value = basename("a/é.txt")
}

output "basename_08" {
  value = basename("a\\b")
}

output "dirname_01" {
  value = dirname("foo/bar/baz.txt")
}

output "dirname_02" {
  value = dirname("baz.txt")
}

output "dirname_03" {
  value = dirname("foo/bar/")
}

output "dirname_04" {
  value = dirname("")
}

output "dirname_05" {
  value = dirname("/")
}

output "dirname_06" {
  value = dirname("/a")
}

output "dirname_07" {
  value = dirname(local.us)
}

output "dirname_08" {
  value = dirname("a//b")
}

output "dirname_09" {
  value = dirname("a/./b/../c")
}

output "pathexpand_01" {
  value = pathexpand("/etc/resolv.conf")
}

output "pathexpand_02" {
  value = pathexpand("relative/x")
}

output "pathexpand_03" {
  value = pathexpand("")
}

output "pathexpand_04" {
  value = pathexpand(local.us)
}

output "pathexpand_05" {
  value = pathexpand("a~b")
}

output "file_01" {
  value = file("files/hello.txt")
}

output "file_02" {
  value = file("${path.module}/files/hello.txt")
}

output "file_03" {
  value = file("./files/unicode.txt")
}

output "file_04" {
  value = file("files/empty.txt")
}

output "file_05" {
  value = file(local.us)
}

output "file_06" {
  value = file("files/sub/../hello.txt")
}

output "file_07" {
  value = file("files/policy.json")
}

output "file_08" {
  value = jsondecode(file("files/policy.json"))
}

output "file_09" {
  value = yamldecode(file("files/conf.yaml"))
}

output "file_10" {
  value = length(file("files/hello.txt"))
}

output "file_11" {
  value = file("${path.root}/files/hello.txt")
}

output "file_12" {
  value = file("files/crlf.txt")
}

output "filebase64_01" {
  value = filebase64("files/hello.txt")
}

output "filebase64_02" {
  value = filebase64("files/empty.txt")
}

output "filebase64_03" {
  value = filebase64("files/binary.bin")
}

output "filebase64_04" {
  value = filebase64("${path.module}/files/unicode.txt")
}

output "filebase64_05" {
  value = filebase64(local.us)
}

output "fileexists_01" {
  value = fileexists("files/hello.txt")
}

output "fileexists_02" {
  value = fileexists("files/missing.txt")
}

output "fileexists_03" {
  value = fileexists("${path.module}/files/empty.txt")
}

output "fileexists_04" {
  value = fileexists(local.us)
}

output "fileexists_05" {
  value = fileexists("nope/x")
}

output "fileexists_06" {
  value = fileexists("files/sub/nested.txt")
}

output "fileset_01" {
  value = fileset(path.module, "files/*.txt")
}

output "fileset_02" {
  value = fileset("files", "*")
}

output "fileset_03" {
  value = fileset("files", "**")
}

output "fileset_04" {
  value = fileset("files", "**/*.txt")
}

output "fileset_05" {
  value = fileset("files", "sub/*")
}

output "fileset_06" {
  value = fileset("files", "*.none")
}

output "fileset_07" {
  value = fileset("files", "{hello,empty}.txt")
}

output "fileset_08" {
  value = fileset("files", "h?llo.txt")
}

output "fileset_09" {
  value = fileset("files", "[eh]*.txt")
}

output "fileset_10" {
  value = fileset(local.us, "*")
}

output "fileset_11" {
  value = fileset("files", local.us)
}

output "fileset_12" {
  value = fileset("${path.module}/files", "*.json")
}

output "fileset_13" {
  value = fileset("missing-folder", "*")
}

output "fileset_14" {
  value = fileset(".", "files/sub/*.txt")
}

output "templatefile_01" {
  value = templatefile("files/greet.tftpl", { name = "World" })
}

output "templatefile_02" {
  value = templatefile("files/list.tftpl", { items = ["a", "b"] })
}

output "templatefile_03" {
  value = templatefile("${path.module}/files/greet.tftpl", { name = "é" })
}

output "templatefile_04" {
  value = templatefile("files/greet.tftpl", { name = local.us })
}

output "templatefile_05" {
  value = templatefile("files/json.tftpl", { port = 8080, names = ["x"] })
}

output "templatefile_06" {
  value = templatefile("files/plain.txt", {})
}

output "templatefile_07" {
  value = templatefile("files/cond.tftpl", { on = true })
}

output "templatefile_08" {
  value = templatefile("files/cond.tftpl", { on = false })
}

output "templatefile_09" {
  value = templatefile("files/greet.tftpl", { name = "x", extra = 1 })
}

output "templatefile_10" {
  value = templatefile("files/num.tftpl", { n = 2.5 })
}

output "filemd5_01" {
  value = filemd5("files/hello.txt")
}

output "filemd5_02" {
  value = filemd5("files/empty.txt")
}

output "filemd5_03" {
  value = filemd5(local.us)
}

output "filemd5_04" {
  value = filemd5("files/binary.bin")
}

output "filesha1_01" {
  value = filesha1("files/hello.txt")
}

output "filesha1_02" {
  value = filesha1("files/empty.txt")
}

output "filesha1_03" {
  value = filesha1(local.us)
}

output "filesha1_04" {
  value = filesha1("files/unicode.txt")
}

output "filesha256_01" {
  value = filesha256("files/hello.txt")
}

output "filesha256_02" {
  value = filesha256("files/empty.txt")
}

output "filesha256_03" {
  value = filesha256(local.us)
}

output "filesha256_04" {
  value = filesha256("files/binary.bin")
}

output "filesha512_01" {
  value = filesha512("files/hello.txt")
}

output "filesha512_02" {
  value = filesha512("files/empty.txt")
}

output "filesha512_03" {
  value = filesha512(local.us)
}

output "filebase64sha256_01" {
  value = filebase64sha256("files/hello.txt")
}

output "filebase64sha256_02" {
  value = filebase64sha256("files/empty.txt")
}

output "filebase64sha256_03" {
  value = filebase64sha256(local.us)
}

output "filebase64sha256_04" {
  value = filebase64sha256("files/binary.bin")
}

output "filebase64sha512_01" {
  value = filebase64sha512("files/hello.txt")
}

output "filebase64sha512_02" {
  value = filebase64sha512("files/empty.txt")
}

output "filebase64sha512_03" {
  value = filebase64sha512(local.us)
}

output "pathmodule_01" {
  value = path.module
}

output "pathmodule_02" {
  value = path.root
}

output "pathmodule_03" {
  value = fileexists("${path.module}/main.tf")
}
