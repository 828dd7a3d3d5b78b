package dev.vitae.enricher.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The skill taxonomy (canonical name, category, aliases) loaded from {@code skills.tsv}, compiled
 * into a character trie of lower-cased aliases for one left-to-right pass over a résumé.
 */
public final class SkillTaxonomy {
    /** One spelling of a skill and how strictly it must match. */
    public record Alias(String text, String canonical, String category, boolean caseSensitive, boolean ambiguous) {}

    /** A trie node: ASCII children in an array (most résumé text), others in a map. */
    static final class Node {
        private Node[] ascii;
        private char[] otherKeys; // sorted; binary search, so CJK text costs no boxing
        private Node[] otherNodes;
        List<Alias> aliases;

        Node next(char c) {
            if (c < 128) {
                return ascii == null ? null : ascii[c];
            }
            if (otherKeys == null) {
                return null;
            }
            int i = java.util.Arrays.binarySearch(otherKeys, c);
            return i < 0 ? null : otherNodes[i];
        }

        Node child(char c) {
            if (c < 128) {
                if (ascii == null) {
                    ascii = new Node[128];
                }
                if (ascii[c] == null) {
                    ascii[c] = new Node();
                }
                return ascii[c];
            }
            if (otherKeys == null) {
                otherKeys = new char[0];
                otherNodes = new Node[0];
            }
            int i = java.util.Arrays.binarySearch(otherKeys, c);
            if (i >= 0) {
                return otherNodes[i];
            }
            int at = -i - 1;
            char[] keys = new char[otherKeys.length + 1];
            Node[] nodes = new Node[otherNodes.length + 1];
            System.arraycopy(otherKeys, 0, keys, 0, at);
            System.arraycopy(otherNodes, 0, nodes, 0, at);
            keys[at] = c;
            nodes[at] = new Node();
            System.arraycopy(otherKeys, at, keys, at + 1, otherKeys.length - at);
            System.arraycopy(otherNodes, at, nodes, at + 1, otherNodes.length - at);
            otherKeys = keys;
            otherNodes = nodes;
            return nodes[at];
        }
    }

    private final Node root = new Node();
    private final Map<String, String> categories = new HashMap<>();
    private int size;

    public static SkillTaxonomy load() {
        try (InputStream in = SkillTaxonomy.class.getResourceAsStream("/dev/vitae/enricher/skills.tsv")) {
            if (in == null) {
                throw new IllegalStateException("skills.tsv is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SkillTaxonomy parse(List<String> lines) {
        SkillTaxonomy t = new SkillTaxonomy();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException("skills.tsv line " + n + ": want 'name|category|aliases', got: " + line);
            }
            String canonical = f[0].strip(), category = f[1].strip();
            t.categories.put(canonical, category);
            List<String> aliases = f[2].isBlank() ? List.of(canonical) : List.of(f[2].split(";"));
            for (String raw : aliases) {
                String a = raw.strip();
                boolean ambiguous = a.startsWith("!");
                a = ambiguous ? a.substring(1) : a;
                boolean caseSensitive = a.startsWith("=");
                a = caseSensitive ? a.substring(1) : a;
                t.add(new Alias(a, canonical, category, caseSensitive, ambiguous));
            }
            t.size++;
        }
        return t;
    }

    private void add(Alias alias) {
        Node node = root;
        for (char c : alias.text().toLowerCase(Locale.ROOT).toCharArray()) {
            node = node.child(c);
        }
        if (node.aliases == null) {
            node.aliases = new ArrayList<>(1);
        }
        node.aliases.add(alias);
    }

    Node root() {
        return root;
    }

    /** The canonical name of a skill written any known way ("k8s" → "Kubernetes"), if the taxonomy has it. */
    public java.util.Optional<String> canonicalOf(String written) {
        Node node = root;
        for (char c : written.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            node = node.next(c);
            if (node == null) {
                return java.util.Optional.empty();
            }
        }
        return node.aliases == null ? java.util.Optional.empty() : java.util.Optional.of(node.aliases.get(0).canonical());
    }

    public String categoryOf(String canonical) {
        return categories.get(canonical);
    }

    /** Number of canonical skills. */
    public int size() {
        return size;
    }
}
