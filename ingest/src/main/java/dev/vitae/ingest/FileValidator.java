package dev.vitae.ingest;

import dev.vitae.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Decides whether a file may be uploaded, before anything is sent: it must be non-empty, at most
 * {@link Topics#MAX_FILE_BYTES}, and of a document type detected from its bytes (the name only
 * refines a container type such as a ZIP-based Office file).
 */
public final class FileValidator {
    /** Verdict on one file: accepted with its media type, or rejected with a reason a person can act on. */
    public record Verdict(boolean accepted, String mediaType, String reason) {
        static Verdict accept(String mediaType) {
            return new Verdict(true, mediaType, null);
        }

        static Verdict reject(String mediaType, String reason) {
            return new Verdict(false, mediaType, reason);
        }
    }

    private static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/pdf", "application/msword", "application/rtf", "application/xhtml+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/x-tika-ooxml", "application/x-tika-msoffice",
            "application/vnd.ms-word.document.macroenabled.12", "application/x-tika-ooxml-protected",
            "application/vnd.apple.pages", "application/x-mspublisher");

    private final TikaConfig tika = TikaConfig.getDefaultConfig();

    public Verdict check(byte[] content, String fileName) {
        if (content.length == 0) {
            return Verdict.reject(null, "the file is empty");
        }
        if (content.length > Topics.MAX_FILE_BYTES) {
            return Verdict.reject(null, String.format("the file is %.1f MiB; the limit is %d MiB",
                    content.length / 1048576.0, Topics.MAX_FILE_BYTES / 1048576));
        }
        MediaType type = detect(content, fileName);
        if (isDocument(type)) {
            return Verdict.accept(type.toString());
        }
        return Verdict.reject(type.toString(), type.equals(MediaType.OCTET_STREAM)
                ? "not a recognisable document (unknown binary content)"
                : "detected " + type + ", which is not a résumé document type (PDF, Word, ODT, RTF, HTML or text)");
    }

    private MediaType detect(byte[] content, String fileName) {
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

    private boolean isDocument(MediaType type) {
        if (type.getType().equals("text")) {
            return true;
        }
        MediaType t = type.getBaseType();
        while (t != null) {
            if (DOCUMENT_TYPES.contains(t.toString())) {
                return true;
            }
            t = tika.getMediaTypeRegistry().getSupertype(t);
        }
        return false;
    }
}
