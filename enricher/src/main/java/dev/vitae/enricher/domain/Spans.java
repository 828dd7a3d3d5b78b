package dev.vitae.enricher.domain;

import java.util.BitSet;

/**
 * Fast scans for the parts of a text that are addresses, not prose: URLs and e-mail addresses.
 * Hand-written because a regular expression for e-mails retries at every character of every word.
 */
final class Spans {
    private Spans() {}

    /** Offsets covered by URLs ("http://…", "https://…", "www.…") and e-mail addresses. */
    static BitSet addresses(String text) {
        BitSet out = new BitSet(text.length());
        for (String prefix : new String[] {"http://", "https://", "www.", "github.com/", "linkedin.com/"}) {
            for (int i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
                if (out.get(i)) {
                    continue; // inside a URL found by another prefix
                }
                int e = i;
                while (e < text.length() && !Character.isWhitespace(text.charAt(e)) && text.charAt(e) != ')' && text.charAt(e) != '>') {
                    e++;
                }
                out.set(i, e);
            }
        }
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int s = at, e = at + 1;
            while (s > 0 && isAddressChar(text.charAt(s - 1))) {
                s--;
            }
            while (e < text.length() && isAddressChar(text.charAt(e))) {
                e++;
            }
            if (s < at && e > at + 1 && text.substring(at + 1, e).contains(".")) {
                out.set(s, e);
            }
        }
        return out;
    }

    private static boolean isAddressChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+');
    }
}
