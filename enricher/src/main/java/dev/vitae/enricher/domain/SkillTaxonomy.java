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
 * The skill taxonomy (canonical name, category, aliases) compiled into a character trie of
 * lower-cased aliases for one left-to-right pass over a résumé.
 *
 * <p>Two files make it: {@code skills.tsv}, curated by hand and authoritative, then
 * {@code skills-generated.tsv}, regenerated from open sources by {@code enricher/vocabulary/generate.py}.
 * A generated alias whose spelling the curated file already matches is skipped (the curated entry
 * wins), and a generated line with category '-' adds spellings to the curated skill of that name.
 * Within one file an alias may name two skills only when both spellings are case-sensitive and
 * differ in case ("YARN" the scheduler, "Yarn" the package manager); anything else is an error.
 * Names of several words are also matched hyphenated or glued ("framer-motion", "TailwindCSS"),
 * where no skill and no English word has that spelling.
 */
public final class SkillTaxonomy {
    static final String CURATED = "/dev/vitae/enricher/skills.tsv";
    static final String GENERATED = "/dev/vitae/enricher/skills-generated.tsv";

    /** One spelling of a skill and how strictly it must match. */
    public record Alias(String text, String canonical, String category, boolean caseSensitive, boolean ambiguous) {}

    /** A trie node; children in sorted parallel arrays (binary search keeps thousands of aliases small). */
    static final class Node {
        private static final char[] NO_KEYS = new char[0];
        private static final Node[] NO_NODES = new Node[0];
        private char[] keys = NO_KEYS;
        private Node[] nodes = NO_NODES;
        List<Alias> aliases;

        Node next(char c) {
            int i = java.util.Arrays.binarySearch(keys, c);
            return i < 0 ? null : nodes[i];
        }

        Node child(char c) {
            int i = java.util.Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return nodes[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[nodes.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(nodes, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(nodes, at, n, at + 1, nodes.length - at);
            keys = k;
            nodes = n;
            return n[at];
        }
    }

    private final Node root = new Node();
    private final Map<String, String> categories = new HashMap<>();
    /** Aliases of two or more words, for {@link #addJoinedSpellings()}. */
    private final List<Alias> spaced = new ArrayList<>();

    /** The shipped vocabulary, loaded once per JVM and shared: it is read-only once built (~4,000 skills). */
    public static SkillTaxonomy shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final SkillTaxonomy INSTANCE = load();
    }

    /** The curated file, then the generated one, parsed anew. */
    public static SkillTaxonomy load() {
        SkillTaxonomy t = new SkillTaxonomy();
        t.addFile(CURATED, read(CURATED), false);
        t.addFile(GENERATED, read(GENERATED), true);
        t.addJoinedSpellings();
        return t;
    }

    static List<String> read(String resource) {
        try (InputStream in = SkillTaxonomy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file on its own (what the tests check for every entry). */
    static SkillTaxonomy parse(List<String> lines) {
        SkillTaxonomy t = new SkillTaxonomy();
        t.addFile("skills", lines, false);
        return t;
    }

    /**
     * @param yieldToEarlier whether spellings already known from an earlier file are skipped
     *                       (else two skills sharing a spelling is an error)
     */
    private void addFile(String name, List<String> lines, boolean yieldToEarlier) {
        Map<String, Alias> seen = new HashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException(name + " line " + n + ": want 'name|category|aliases', got: " + line);
            }
            String canonical = f[0].strip(), category = f[1].strip();
            if ("-".equals(category)) {
                category = categories.get(canonical);
                if (category == null) {
                    throw new IllegalArgumentException(name + " line " + n + ": category '-' but no earlier skill " + canonical);
                }
            } else if (!categories.containsKey(canonical)) {
                categories.put(canonical, category);
            } else if (yieldToEarlier) {
                category = categories.get(canonical);
            }
            List<String> aliases = f[2].isBlank() ? List.of(canonical) : List.of(f[2].split(";", -1));
            for (String raw : aliases) {
                String a = raw.strip();
                boolean ambiguous = a.startsWith("!");
                a = ambiguous ? a.substring(1) : a;
                boolean caseSensitive = a.startsWith("=");
                a = caseSensitive ? a.substring(1) : a;
                if (a.isEmpty()) {
                    throw new IllegalArgumentException(name + " line " + n + ": empty alias in: " + line);
                }
                Alias alias = new Alias(a, canonical, category, caseSensitive, ambiguous);
                String folded = a.toLowerCase(Locale.ROOT);
                Alias other = seen.putIfAbsent(folded, alias);
                if (other != null && !other.canonical().equals(canonical)
                        && !(other.caseSensitive() && caseSensitive && !other.text().equals(a))) {
                    throw new IllegalArgumentException(name + " line " + n + ": '" + a + "' is already an alias of " + other.canonical());
                }
                if (yieldToEarlier && known(folded)) {
                    continue;
                }
                add(alias);
                if (a.indexOf(' ') > 0) {
                    spaced.add(alias);
                }
            }
        }
    }

    /**
     * A name of several words is also written hyphenated or glued, as package names and handles are
     * ("framer-motion", "TailwindCSS", "react-hook-form", "SpringBoot"): each such spelling is added
     * unless some skill already has it or it is an ordinary English word ("AD DS" is not "adds").
     * Only words of two or more letters or digits are joined, and only when one of them is not an
     * ordinary English word ("client-server" and "webserver" are English, not handles).
     */
    private void addJoinedSpellings() {
        for (Alias a : spaced) {
            String[] words = a.text().split(" ");
            boolean joinable = true, named = false, word = false;
            for (String w : words) {
                joinable &= w.length() >= 2 && w.chars().allMatch(Character::isLetterOrDigit);
                named |= !SkillListReader.isOrdinaryWord(w);
                word |= w.length() >= 3; // "AD DS" glued is another acronym ("ADDS"), not the same name
            }
            joinable &= word;
            if (!joinable || !named) {
                continue; // "client-server", "web server": English compounds, not a product's handle
            }
            for (String joint : new String[] {"-", ""}) {
                String spelling = String.join(joint, words);
                if (!known(spelling.toLowerCase(Locale.ROOT)) && !SkillListReader.isOrdinaryWord(spelling)) {
                    add(new Alias(spelling, a.canonical(), a.category(), a.caseSensitive(), a.ambiguous()));
                }
            }
        }
        spaced.clear();
    }

    private boolean known(String folded) {
        Node node = root;
        for (int i = 0; i < folded.length() && node != null; i++) {
            node = node.next(folded.charAt(i));
        }
        return node != null && node.aliases != null;
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
        return categories.size();
    }
}
