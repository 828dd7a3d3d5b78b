package dev.vitae.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What each kind of bad file gets at the front door: a rejection naming the reason, nothing sent. */
class FileValidatorTest {
    private final FileValidator validator = new FileValidator();

    @Test
    void aTextResumeIsAccepted() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("..", "seeds", "001_12268666d2510657.txt"));
        FileValidator.Verdict v = validator.check(seed, "001.txt");
        assertTrue(v.accepted(), v.reason());
        assertTrue(v.mediaType().startsWith("text/plain"));
    }

    @Test
    void aPdfIsAcceptedByItsBytesWhateverItsName() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        FileValidator.Verdict v = validator.check(pdf, "resume.bin");
        assertTrue(v.accepted(), v.reason());
        assertEquals("application/pdf", v.mediaType());
    }

    @Test
    void anEmptyFileIsRejected() {
        FileValidator.Verdict v = validator.check(new byte[0], "empty.pdf");
        assertFalse(v.accepted());
        assertEquals("the file is empty", v.reason());
    }

    @Test
    void aFileOverTenMebibytesIsRejected() {
        FileValidator.Verdict v = validator.check(new byte[10 * 1024 * 1024 + 1], "big.pdf");
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("limit is 10 MiB"), v.reason());
    }

    @Test
    void randomBytesAreRejectedAsUnknown() {
        byte[] noise = new byte[2048];
        new Random(1).nextBytes(noise);
        FileValidator.Verdict v = validator.check(noise, "noise");
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("not a recognisable document"), v.reason());
    }

    @Test
    void anImageIsRejectedAsNotADocument() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        FileValidator.Verdict v = validator.check(png, "photo.png");
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("image/png"), v.reason());
    }
}
