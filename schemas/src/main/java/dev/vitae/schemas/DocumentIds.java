package dev.vitae.schemas;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Document identity: the SHA-256 of a file's bytes, lower-case hex. Same bytes, same id, in every stage. */
public final class DocumentIds {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private DocumentIds() {}

    public static String of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }

    public static boolean isValid(String id) {
        return id != null && SHA256_HEX.matcher(id).matches();
    }
}
