package dev.tfguard.loader.hcl.function;

import static dev.tfguard.loader.hcl.function.Functions.str;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Cipher;

/**
 * Hash and crypto functions. {@code bcrypt} and {@code uuid} give a new value on every run, so in a
 * plan they are unknown, as Terraform's are; the others are computed.
 */
final class HashFunctions {

    private HashFunctions() {}

    static List<FunctionSpec> all() {
        Param s = Param.of("str", Type.STRING);
        return List.of(
                hex("md5", "MD5", s),
                hex("sha1", "SHA-1", s),
                hex("sha256", "SHA-256", s),
                hex("sha512", "SHA-512", s),
                FunctionSpec.of(
                        "base64sha256",
                        List.of(s),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        Base64.getEncoder()
                                                .encodeToString(
                                                        digest(
                                                                "SHA-256",
                                                                str(a.get(0))
                                                                        .getBytes(
                                                                                StandardCharsets
                                                                                        .UTF_8))))),
                FunctionSpec.of(
                        "base64sha512",
                        List.of(s),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        Base64.getEncoder()
                                                .encodeToString(
                                                        digest(
                                                                "SHA-512",
                                                                str(a.get(0))
                                                                        .getBytes(
                                                                                StandardCharsets
                                                                                        .UTF_8))))),
                FunctionSpec.variadic(
                        "bcrypt",
                        List.of(s),
                        Param.of("cost", Type.NUMBER),
                        Type.STRING,
                        (a, c) ->
                                Functions.unknownOf(
                                        Type.STRING, "bcrypt() salts anew on every run")),
                FunctionSpec.of(
                        "uuid",
                        List.of(),
                        Type.STRING,
                        (a, c) -> Functions.unknownOf(Type.STRING, "uuid() is new on every run")),
                FunctionSpec.of(
                        "uuidv5",
                        List.of(Param.of("namespace", Type.STRING), Param.of("name", Type.STRING)),
                        Type.STRING,
                        (a, c) -> Value.string(uuidv5(str(a.get(0)), str(a.get(1))))),
                FunctionSpec.of(
                        "rsadecrypt",
                        List.of(
                                Param.of("ciphertext", Type.STRING),
                                Param.of("privatekey", Type.STRING)),
                        Type.STRING,
                        (a, c) -> Value.string(rsadecrypt(str(a.get(0)), str(a.get(1))))));
    }

    private static FunctionSpec hex(String name, String algorithm, Param s) {
        return FunctionSpec.of(
                name,
                List.of(s),
                Type.STRING,
                (a, c) ->
                        Value.string(
                                HexFormat.of()
                                        .formatHex(
                                                digest(
                                                        algorithm,
                                                        str(a.get(0))
                                                                .getBytes(
                                                                        StandardCharsets.UTF_8)))));
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    private static String uuidv5(String namespace, String name) {
        UUID ns =
                switch (namespace) {
                    case "dns" -> UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
                    case "url" -> UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
                    case "oid" -> UUID.fromString("6ba7b812-9dad-11d1-80b4-00c04fd430c8");
                    case "x500" -> UUID.fromString("6ba7b814-9dad-11d1-80b4-00c04fd430c8");
                    default -> {
                        try {
                            yield UUID.fromString(namespace);
                        } catch (IllegalArgumentException e) {
                            throw new EvalException(
                                    "uuidv5() doesn't support namespace " + namespace);
                        }
                    }
                };
        byte[] nsBytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            nsBytes[i] = (byte) (ns.getMostSignificantBits() >>> (56 - 8 * i));
            nsBytes[8 + i] = (byte) (ns.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[16 + nameBytes.length];
        System.arraycopy(nsBytes, 0, all, 0, 16);
        System.arraycopy(nameBytes, 0, all, 16, nameBytes.length);
        byte[] h = digest("SHA-1", all);
        h[6] = (byte) ((h[6] & 0x0f) | 0x50);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        String x = HexFormat.of().formatHex(h, 0, 16);
        return x.substring(0, 8)
                + "-"
                + x.substring(8, 12)
                + "-"
                + x.substring(12, 16)
                + "-"
                + x.substring(16, 20)
                + "-"
                + x.substring(20, 32);
    }

    /** RSA PKCS #1 v1.5 decryption with a PEM private key (PKCS #1 or PKCS #8). */
    private static String rsadecrypt(String cipher, String pem) {
        byte[] data = EncodeFunctions.decode64(cipher.strip());
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new EvalException("invalid private key: not PEM");
        }
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            der = pkcs8(der);
        }
        try {
            PrivateKey key =
                    KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            Cipher c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            c.init(Cipher.DECRYPT_MODE, key);
            return EncodeFunctions.utf8(c.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new EvalException("failed to decrypt: " + e.getMessage());
        }
    }

    /** A PKCS #1 RSA private key wrapped as PKCS #8. */
    private static byte[] pkcs8(byte[] pkcs1) {
        byte[] algorithm = HexFormat.of().parseHex("300d06092a864886f70d0101010500");
        byte[] octets = derWrap(0x04, pkcs1);
        byte[] version = {0x02, 0x01, 0x00};
        byte[] inner = new byte[version.length + algorithm.length + octets.length];
        System.arraycopy(version, 0, inner, 0, version.length);
        System.arraycopy(algorithm, 0, inner, version.length, algorithm.length);
        System.arraycopy(octets, 0, inner, version.length + algorithm.length, octets.length);
        return derWrap(0x30, inner);
    }

    private static byte[] derWrap(int tag, byte[] content) {
        byte[] len;
        if (content.length < 128) {
            len = new byte[] {(byte) content.length};
        } else {
            byte[] l = BigInteger.valueOf(content.length).toByteArray();
            int skip = l[0] == 0 ? 1 : 0;
            len = new byte[l.length - skip + 1];
            len[0] = (byte) (0x80 | (l.length - skip));
            System.arraycopy(l, skip, len, 1, l.length - skip);
        }
        byte[] out = new byte[1 + len.length + content.length];
        out[0] = (byte) tag;
        System.arraycopy(len, 0, out, 1, len.length);
        System.arraycopy(content, 0, out, 1 + len.length, content.length);
        return out;
    }
}
