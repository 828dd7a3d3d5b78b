package dev.vitae.extractor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Bytes to plain text with Apache Tika (a JSON Resume upload excepted: {@link JsonResumeUpload}). Detects the type from the bytes (the file name only breaks
 * ties between text subtypes), parses with {@link AutoDetectParser} under a write limit, and maps
 * every failure to an {@link ExtractionOutcome}. With the text comes its layout: for a PDF the lines
 * {@link ColumnAwarePdfText} writes, with their geometry and fonts; for other formats the styles,
 * headings and table cells of Tika's XHTML ({@link XhtmlLayout}); both tied to offsets into the
 * final text by {@link TextLayoutBuilder}. Thread-safe: Tika parsers are stateless.
 */
public final class TextExtractor implements Extractor {
    /** Extracted text beyond this many characters is refused as TOO_LARGE: no résumé is that long. */
    public static final int DEFAULT_WRITE_LIMIT = 1_000_000;

    private static final EmbeddedDocumentExtractor NO_EMBEDDED_FILES = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // skipped
        }
    };

    /** Metadata key under which {@link #extract} hands its detected type to {@link #parser}. */
    private static final String DETECTED_TYPE = "vitae-detected-type";

    private final TikaConfig tika = TikaConfig.getDefaultConfig();
    /**
     * Tika's AUTO OCR limits: more than 999 glyphs without a Unicode mapping (the most its syntax takes;
     * Tika reads a limit of 1 or more as a count, not a share), or no character at all, on a page.
     */
    static final String OCR_ONLY_WITHOUT_TEXT = "999, 0";

    /** Detects and parses: what a PDF's OCR hands its page images to. */
    private final Parser detectingParser = new AutoDetectParser(tika);
    /**
     * The top-level parser: Tika's AutoDetectParser (zip-bomb guard, embedded-document set-up) with a
     * detector that answers the type {@link #extract} already detected, so the magic scan, a fifth of
     * a parse's time, runs once per file instead of twice.
     */
    private final Parser parser = topLevelParser(tika);
    private final int writeLimit;
    private final boolean withLayout;

    public TextExtractor() {
        this(DEFAULT_WRITE_LIMIT);
    }

    public TextExtractor(int writeLimit) {
        this(writeLimit, true);
    }

    /** {@code withLayout} false: text only, no {@link Extraction#layout()} (to measure what the layout costs). */
    public TextExtractor(int writeLimit, boolean withLayout) {
        this.writeLimit = writeLimit;
        this.withLayout = withLayout;
    }

    private static Parser topLevelParser(TikaConfig tika) {
        AutoDetectParser p = new AutoDetectParser(tika);
        Detector full = tika.getDetector();
        p.setDetector((in, metadata) -> {
            String known = metadata.get(DETECTED_TYPE);
            return known != null ? MediaType.parse(known) : full.detect(in, metadata);
        });
        return p;
    }

    public MediaType detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = TikaInputStream.get(content)) {
            return tika.getDetector().detect(in, metadata);
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    @Override
    public Extraction extract(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            return Extraction.failed(ExtractionOutcome.EMPTY, null, "the file is empty", null);
        }
        String json = JsonResumeUpload.jsonText(content);
        Extraction jsonResume = json == null ? null : JsonResumeUpload.read(json, fileName, TextExtractor::clean);
        if (jsonResume != null) {
            return jsonResume; // a JSON Resume upload: its own type, not Tika's
        }
        String mediaType = detect(content, fileName).toString();
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        metadata.set(DETECTED_TYPE, mediaType);
        boolean painted = mediaType.equals("application/pdf");
        XhtmlLayout structure = painted || !withLayout ? null : new XhtmlLayout(new WriteOutContentHandler(writeLimit));
        BodyContentHandler handler = structure == null ? new BodyContentHandler(writeLimit) : new BodyContentHandler(structure);
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true); // streaming DOCX: faster, and zip bombs hit the write limit, not the heap
        office.setIncludeDeletedContent(false);
        context.set(OfficeParserConfig.class, office);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setMaxMainMemoryBytes(256L * 1024 * 1024); // PDFBox spills to scratch files past this, inside the child's heap cap
        pdf.setExtractBookmarksText(false); // the outline repeats the headings after the last page: navigation, not the page
        if (Ocr.languages() == null) {
            ocr.setSkipOcr(true);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        } else {
            ocr.setLanguage(Ocr.languages());
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
            // only pages without a text layer (no character at all) are OCR'd; Tika's default also OCRs a page
            // under 10 characters or where 10 % of the glyphs lack a Unicode mapping, appending the OCR text to the page's own, which
            // doubles every line of such a page (Glyphs already reads those glyphs as the page shows them).
            // Not "100%": Tika takes a limit of 1 or more as a count of glyphs, so 100% OCR'd every page with two
            // unmapped glyphs (pdf-lib and XeLaTeX pages of Japanese text with a dash or bullet the font lacks)
            pdf.setOcrStrategyAuto(OCR_ONLY_WITHOUT_TEXT);
        }
        context.set(TesseractOCRConfig.class, ocr);
        context.set(PDFParserConfig.class, pdf);
        if (mediaType.equals("application/pdf")) {
            // the page's text only: files attached to a PDF (Europass embeds its XML, HTML markup included),
            // XMP and JavaScript are not what the reader sees
            context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED_FILES);
            if (Ocr.languages() != null) {
                // Tika's PDF parser OCRs a page image through the parser it finds in the context; without
                // one it fails on the first page with no text layer (NullPointerException in Tika 3.3)
                context.set(Parser.class, detectingParser);
            }
        }
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(content))) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            return Extraction.failed(ExtractionOutcome.ENCRYPTED, mediaType, "the document is encrypted or password-protected", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return Extraction.failed(ExtractionOutcome.TOO_LARGE, mediaType,
                        "extracted text exceeds " + writeLimit + " characters", e);
            }
            return Extraction.failed(ExtractionOutcome.CORRUPT, mediaType, "malformed document: " + e.getMessage(), e);
        } catch (TikaException | IOException e) {
            if (e.getCause() instanceof EncryptedDocumentException || String.valueOf(e.getMessage()).contains("password")) {
                return Extraction.failed(ExtractionOutcome.ENCRYPTED, mediaType, "the document is encrypted: " + e.getMessage(), e);
            }
            return Extraction.failed(ExtractionOutcome.CORRUPT, mediaType, "parser rejected the file: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            return Extraction.failed(ExtractionOutcome.OUT_OF_MEMORY, mediaType, "parser ran out of memory", e);
        } catch (RuntimeException | StackOverflowError e) {
            return Extraction.failed(ExtractionOutcome.CRASH, mediaType, "parser failed: " + e, e);
        }
        String text = clean(handler.toString(), painted);
        if (text.isBlank()) {
            if (MediaType.OCTET_STREAM.toString().equals(mediaType)) {
                return Extraction.failed(ExtractionOutcome.UNSUPPORTED_TYPE, mediaType, "no parser for this content: type not recognised", null);
            }
            if (mediaType.equals("application/pdf")) {
                return Extraction.failed(ExtractionOutcome.NO_TEXT_LAYER, mediaType, Ocr.languages() == null
                        ? "the PDF has no text layer (a scan?); OCR needs Tesseract: install Debian's tesseract-ocr, "
                                + "tesseract-ocr-jpn and tesseract-ocr-kor, then replay it with `vitae dlq replay --outcome NO_TEXT_LAYER`"
                        : "the PDF has no text layer and OCR (tesseract, " + Ocr.languages() + ") found no text in it", null);
            }
            return Extraction.failed(ExtractionOutcome.EMPTY, mediaType, "no text found in " + mediaType, null);
        }
        if (mediaType.startsWith("text/") && (looksBinary(content) || looksBinary(text))) {
            return Extraction.failed(ExtractionOutcome.UNSUPPORTED_TYPE, mediaType,
                    "binary content, not text (the name or type said " + mediaType + ")", null);
        }
        TextLayoutBuilder layout = withLayout ? new TextLayoutBuilder(painted) : null;
        if (painted) {
            try {
                String columns = ColumnAwarePdfText.extract(content, layout);
                if (columns != null && !columns.isBlank()) {
                    text = clean(columns, true); // two columns (left before right, not interleaved line by line), or glyphs named as control characters
                }
            } catch (IOException | RuntimeException e) {
                layout = null; // Tika read it; keep Tika's text
            }
        } else if (structure != null) {
            structure.describeTo(layout);
        }
        return Extraction.ok(mediaType, text, layout == null ? null : layout.build(text));
    }

    /**
     * More than 5% control bytes (other than tab, newlines, form feed, escape) in a file without a
     * UTF-16 byte-order mark: no text encoding produces that, random bytes do (about 11%).
     */
    static boolean looksBinary(byte[] content) {
        if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
            return false;
        }
        int control = 0, n = Math.min(content.length, 100_000);
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    /**
     * Bytes that only a file name called text: more than 5% replacement or control characters, or
     * more than a quarter of Latin-1 symbols and accents (random bytes read as windows-1252 look like
     * that; French or German text has a few percent).
     */
    static boolean looksBinary(String text) {
        int bad = 0, latin1 = 0, n = Math.min(text.length(), 100_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
                bad++;
            } else if (c >= 0x80 && c <= 0xFF) {
                latin1++;
            }
        }
        return n > 0 && (bad * 20 > n || latin1 * 4 > n);
    }

    /**
     * NFC, no NULs, Unix newlines, no trailing blanks: offsets downstream index into exactly this
     * string. A glyph a PDF maps to no character (U+FFFD) is most often its space, so it becomes one.
     * Characters nobody sees are dropped here, where the format is known, so that the text a user
     * reads ({@code vitae parse --text}) and the offsets into it agree: zero-width space, word joiner,
     * bidi marks and byte-order mark everywhere; a soft hyphen outside PDFs (it shows only where a
     * line breaks). In a PDF every character was painted, so a soft hyphen is the hyphen the page
     * shows (LaTeX classes and fonts that name the hyphen glyph U+00AD put date dashes there), a
     * no-break space is a space, and a Kangxi radical (U+2F00–U+2FD5, which macOS fonts name for the
     * ideograph glyph they share) is that ideograph.
     */
    static String clean(String raw) {
        return clean(raw, false);
    }

    static String clean(String raw, boolean painted) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\u0000", "").replace('\uFFFD', ' ')
                .replace("\r\n", "\n").replace('\r', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        if (painted) {
            s = s.replace('\u00AD', '-');
            s = FIXED_SPACE.matcher(s).replaceAll(" ");
            s = KANGXI.matcher(s).replaceAll(m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC));
        } else {
            s = s.replace("\u00AD", "");
        }
        return s.replaceAll("(?m)[ \\t\\u00A0]+$", "").strip();
    }

    /** Zero-width space, word joiner, BOM, invisible operators, bidi marks, embeddings and isolates (not ZWJ/ZWNJ: they shape text). */
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]");
    /** No-break, figure and narrow no-break spaces: on a page they are spaces. */
    private static final Pattern FIXED_SPACE = Pattern.compile("[\u00A0\u2007\u202F]");
    private static final Pattern KANGXI = Pattern.compile("[\u2F00-\u2FD5]");
}
