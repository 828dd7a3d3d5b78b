package dev.vitae.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The TrueType fonts the PDF renderer embeds, per language: DejaVu Sans for English and French,
 * IPA Gothic (Debian {@code fonts-ipafont-gothic}) for Japanese, Nanum Gothic ({@code fonts-nanum})
 * for Korean. Only single-font {@code .ttf} files: PDFBox 3 cannot embed from the {@code .ttc}
 * collections of {@code fonts-noto-cjk}. A language whose font is not installed has none, and its
 * résumés are rendered in other formats. Each file is parsed once and shared by every document.
 */
final class Fonts {
    /** Regular and bold face of one language, the same font twice where the family has no bold. */
    record Face(TrueTypeFont regular, TrueTypeFont bold) {}

    private static final Map<String, List<List<String>>> CANDIDATES = Map.of(
            "latin", List.of(List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                    List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")),
            "ja", List.of(List.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", "/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf",
                            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
                    List.of()),
            "ko", List.of(List.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
                    List.of("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf")));

    private final Map<String, Optional<Face>> loaded = new HashMap<>();

    /** The face for a language ({@code en}, {@code fr}, {@code ja}, {@code ko}), if its font is installed. */
    synchronized Optional<Face> face(String language) {
        String family = language.equals("ja") || language.equals("ko") ? language : "latin";
        return loaded.computeIfAbsent(family, f -> {
            Optional<TrueTypeFont> regular = first(CANDIDATES.get(f).get(0));
            return regular.map(r -> new Face(r, first(CANDIDATES.get(f).get(1)).orElse(r)));
        });
    }

    /** Where each language's font was looked for, for the message that says it is missing. */
    static String lookedFor(String language) {
        String family = language.equals("ja") || language.equals("ko") ? language : "latin";
        return String.join(", ", CANDIDATES.get(family).get(0));
    }

    private static Optional<TrueTypeFont> first(List<String> paths) {
        for (String p : paths) {
            Path file = Path.of(p);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile())));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the font " + file, e);
                }
            }
        }
        return Optional.empty();
    }
}
