output "base64sha256_01" {
  value = base64sha256("hello world")
}

output "base64sha256_02" {
  value = base64sha256("")
}

output "base64sha256_03" {
  value = base64sha256("é")
}

output "base64sha256_04" {
  value = base64sha256(local.us)
}

output "base64sha512_01" {
  value = base64sha512("hello world")
}

output "base64sha512_02" {
  value = base64sha512("")
}

output "base64sha512_03" {
  value = base64sha512("é")
}

output "base64sha512_04" {
  value = base64sha512(local.us)
}

output "md5_01" {
  value = md5("hello world")
}

output "md5_02" {
  value = md5("")
}

output "md5_03" {
  value = md5("é")
}

output "md5_04" {
  value = md5(local.us)
}

output "md5_05" {
  value = md5(123)
}

output "sha1_01" {
  value = sha1("hello world")
}

output "sha1_02" {
  value = sha1("")
}

output "sha1_03" {
  value = sha1("日本")
}

output "sha1_04" {
  value = sha1(local.us)
}

output "sha256_01" {
  value = sha256("hello world")
}

output "sha256_02" {
  value = sha256("")
}

output "sha256_03" {
  value = sha256("é")
}

output "sha256_04" {
  value = sha256(local.us)
}

output "sha256_05" {
  value = sha256(true)
}

output "sha512_01" {
  value = sha512("hello world")
}

output "sha512_02" {
  value = sha512("")
}

output "sha512_03" {
  value = sha512("é")
}

output "sha512_04" {
  value = sha512(local.us)
}

output "bcrypt_01" {
  value = bcrypt("hello world")
}

output "bcrypt_02" {
  value = bcrypt("hello world", 5)
}

output "bcrypt_03" {
  value = bcrypt(local.us)
}

output "bcrypt_04" {
  value = length(bcrypt("x")) > 0
}

output "uuid_01" {
  value = uuid()
}

output "uuid_02" {
  value = length(uuid())
}

output "uuid_03" {
  value = upper(uuid())
}

output "uuidv5_01" {
  value = uuidv5("dns", "www.terraform.io")
}

output "uuidv5_02" {
  value = uuidv5("url", "https://www.terraform.io/")
}

output "uuidv5_03" {
  value = uuidv5("oid", "1.3.6.1.4")
}

output "uuidv5_04" {
  value = uuidv5("x500", "CN=Example Company Name,OU=Unit,O=Org")
}

output "uuidv5_05" {
  value = uuidv5("743ac3c0-3bf7-4a5b-9e6c-59360447c757", "LIBS:diskfont.library")
}

output "uuidv5_06" {
  value = uuidv5("dns", "")
}

output "uuidv5_07" {
  value = uuidv5("dns", local.us)
}

output "uuidv5_08" {
  value = uuidv5(local.us, "x")
}

output "uuidv5_09" {
  value = uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "é")
}

output "rsadecrypt_01" {
  value = rsadecrypt(file("files/cipher.b64"), file("files/key.pem"))
}

output "rsadecrypt_02" {
  value = rsadecrypt(local.us, file("files/key.pem"))
}

output "rsadecrypt_03" {
  value = rsadecrypt(file("files/cipher.b64"), local.us)
}
