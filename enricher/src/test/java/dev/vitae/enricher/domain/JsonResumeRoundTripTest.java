package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.Education;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.JsonResume;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Role;
import dev.vitae.schemas.Skill;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Resume round trip: every profile of the seeds and of Vitae's own résumés, exported as
 * JSON Resume ({@link JsonResume#of}) and uploaded again, gives the same roles, skills, education
 * and contact (name, first e-mail and phone: what the export carries).
 */
class JsonResumeRoundTripTest {
    private static final Instant UPLOADED = Instant.parse("2026-11-01T00:00:00Z");
    private static final ResumeEnricher ENRICHER = new ResumeEnricher("test", Clock.fixed(UPLOADED, ZoneOffset.UTC));

    static Stream<Path> documents() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("../seeds", "../eval/resumes")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(Files::isRegularFile).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void aProfileExportedAsJsonResumeReadsBackTheSame(Path document) throws Exception {
        ResumeProfile first = enrich(Files.readString(document, StandardCharsets.UTF_8).strip(), document.getFileName().toString());
        String exported = JsonResume.of(first).toPrettyString();
        ResumeProfile again = enrich(exported, "resume.json");
        assertEquals(roles(first), roles(again), document + " roles");
        assertEquals(skills(first), skills(again), document + " skills");
        assertEquals(education(first), education(again), document + " education");
        assertEquals(contact(first), contact(again), document + " contact");
    }

    private static ResumeProfile enrich(String text, String name) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ENRICHER.enrich(ExtractedText.newBuilder().setDocumentId(DocumentIds.of(bytes)).setFileName(name)
                .setMediaType("text/plain").setLanguage(null).setText(text).setExtractorVersion("test")
                .setUploadedAt(UPLOADED).setExtractedAt(UPLOADED).build());
    }

    private static List<String> roles(ResumeProfile p) {
        return p.getRoles().stream().map((Role r) -> r.getOrganization() + " / " + r.getTitle() + " / " + r.getLocation() + " / "
                + iso(r.getStart()) + ".." + (r.getCurrent() ? "present" : iso(r.getEnd())) + " / " + r.getHighlights()).toList();
    }

    private static List<String> skills(ResumeProfile p) {
        return p.getSkills().stream().map(Skill::getName).sorted().toList();
    }

    private static List<String> education(ResumeProfile p) {
        return p.getEducation().stream().map((Education e) -> e.getInstitution() + " / " + e.getDegree() + " / " + e.getField() + " / "
                + iso(e.getStart()) + ".." + iso(e.getEnd())).toList();
    }

    private static String contact(ResumeProfile p) {
        var c = p.getCandidate();
        return blankless(c.getName()) + " / " + c.getEmails().stream().findFirst().orElse(null) + " / "
                + c.getPhones().stream().findFirst().orElse(null);
    }

    /** The export leaves out values that are not ISO dates (the schema wants them), so only those can come back. */
    private static String iso(String date) {
        return date != null && date.matches("[12]\\d{3}(-[01]\\d(-[0-3]\\d)?)?") ? date : null;
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
