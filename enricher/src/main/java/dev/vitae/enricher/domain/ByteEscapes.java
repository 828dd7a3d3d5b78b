package dev.vitae.enricher.domain;

/**
 * Decodes text that shows its bytes as literal escapes, as a Python bytes dump does:
 * "\xe2\x80\xa2 Java" → "• Java". Each run of {@code \xNN} escapes is read as UTF-8; a character
 * whose bytes were decoded twice over (UTF-8 read as Latin-1 and encoded again, "\xc3\xa2\xc2\x80\xc2\x99")
 * is repaired to the character meant (’). In such a text {@code \'}, {@code \"}, {@code \\} and
 * {@code \t} are escapes too. A text is treated as escaped only when it holds at least one escaped
 * multi-byte UTF-8 character; anything else ("\x41" in a code sample) is left alone, and so is an
 * escape run that is not valid UTF-8.
 */
final class ByteEscapes {
    private ByteEscapes() {}

    /** The decoded text mapped to {@code s}, or null when {@code s} holds no byte escapes. */
    static MappedText decode(String s) {
        if (!hasEscapedUtf8(s)) {
            return null;
        }
        MappedText.Builder out = new MappedText.Builder(s.length());
        int n = s.length();
        int[] bytes = new int[16];
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.append(c, i, i + 1);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            if (e == 'x' && byteAt(s, i) >= 0) {
                int count = 0, j = i;
                while (byteAt(s, j) >= 0) {
                    if (count == bytes.length) {
                        bytes = java.util.Arrays.copyOf(bytes, count * 2);
                    }
                    bytes[count++] = byteAt(s, j);
                    j += 4;
                }
                decodeRun(s, i, bytes, count, out);
                i = j;
            } else if (e == '\'' || e == '"' || e == '\\') {
                out.append(e, i, i + 2);
                i += 2;
            } else if (e == 't') {
                out.append('\t', i, i + 2);
                i += 2;
            } else {
                out.append(c, i, i + 1);
                i++;
            }
        }
        return out.build();
    }

    /** Whether {@code s} holds an escaped UTF-8 lead byte followed by an escaped continuation byte. */
    private static boolean hasEscapedUtf8(String s) {
        for (int i = s.indexOf("\\x"); i >= 0; i = s.indexOf("\\x", i + 1)) {
            int b = byteAt(s, i);
            if (b >= 0xC2 && b <= 0xF4) {
                int next = byteAt(s, i + 4);
                if (next >= 0x80 && next <= 0xBF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The byte escaped at {@code i} ("\xNN"), or -1. */
    private static int byteAt(String s, int i) {
        if (i + 3 >= s.length() || s.charAt(i) != '\\' || s.charAt(i + 1) != 'x') {
            return -1;
        }
        int hi = Character.digit(s.charAt(i + 2), 16), lo = Character.digit(s.charAt(i + 3), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    /** Decodes one run of escaped bytes starting at source offset {@code at} (4 characters a byte). */
    private static void decodeRun(String s, int at, int[] bytes, int count, MappedText.Builder out) {
        // first pass: UTF-8 code points, each with the byte range it came from
        int[] cps = new int[count], from = new int[count], to = new int[count];
        int m = 0;
        for (int b = 0; b < count; ) {
            int len = sequenceLength(bytes, b, count);
            if (len == 0) { // not UTF-8: keep the escape as written
                cps[m] = -1;
                len = 1;
            } else {
                cps[m] = codePoint(bytes, b, len);
            }
            from[m] = b;
            to[m] = b + len;
            m++;
            b += len;
        }
        // second pass: Latin-1 characters that spell a UTF-8 sequence were decoded twice
        int[] latin = new int[m];
        for (int k = 0; k < m; ) {
            int len = 0;
            if (cps[k] >= 0xC2 && cps[k] <= 0xF4) {
                for (int q = 0; q < m - k && q < 4; q++) {
                    latin[q] = cps[k + q] >= 0 && cps[k + q] <= 0xFF ? cps[k + q] : 0x100;
                }
                len = sequenceLength(latin, 0, Math.min(4, m - k));
            }
            if (len > 1) {
                emit(codePoint(latin, 0, len), at + 4 * from[k], at + 4 * to[k + len - 1], out);
                k += len;
            } else {
                if (cps[k] < 0) {
                    out.copy(s, at + 4 * from[k], at + 4 * to[k]);
                } else {
                    emit(cps[k], at + 4 * from[k], at + 4 * to[k], out);
                }
                k++;
            }
        }
    }

    private static void emit(int cp, int from, int to, MappedText.Builder out) {
        if (Character.isBmpCodePoint(cp)) {
            out.append((char) cp, from, to);
        } else {
            out.append(Character.highSurrogate(cp), from, to);
            out.append(Character.lowSurrogate(cp), from, to);
        }
    }

    /** Length of the well-formed UTF-8 sequence at {@code b}, or 0. */
    private static int sequenceLength(int[] bytes, int b, int count) {
        int lead = bytes[b];
        int len = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (len == 0 || b + len > count) {
            return 0;
        }
        for (int k = 1; k < len; k++) {
            if (bytes[b + k] < 0x80 || bytes[b + k] > 0xBF) {
                return 0;
            }
        }
        return len;
    }

    private static int codePoint(int[] bytes, int b, int len) {
        if (len == 1) {
            return bytes[b];
        }
        int cp = bytes[b] & (0xFF >> (len + 1));
        for (int k = 1; k < len; k++) {
            cp = (cp << 6) | (bytes[b + k] & 0x3F);
        }
        return cp;
    }
}
