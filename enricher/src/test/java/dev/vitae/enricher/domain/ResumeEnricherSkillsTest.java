package dev.vitae.enricher.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.ExtractedText;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Skill;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The skills of whole profiles: vocabulary mentions and unknown list items, less employers and the candidate. */
class ResumeEnricherSkillsTest {
    private static final Instant UPLOADED = Instant.parse("2026-11-01T00:00:00Z");
    private static final ResumeEnricher ENRICHER = new ResumeEnricher("test", Clock.fixed(UPLOADED, ZoneOffset.UTC));

    /** "name:category" of each skill of the profile of {@code text} ("/n" is a line break), joined by ";". */
    private static String skills(String text, String language) {
        String t = text.replace("/n", "\n");
        byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
        ExtractedText in = ExtractedText.newBuilder().setDocumentId(DocumentIds.of(bytes)).setFileName("cv.txt")
                .setMediaType("text/plain").setLanguage(language).setText(t)
                .setExtractorVersion("test").setUploadedAt(UPLOADED).setExtractedAt(UPLOADED).build();
        ResumeProfile p = ENRICHER.enrich(in);
        List<Skill> skills = p.getSkills();
        return skills.stream().map(s -> s.getName() + ":" + s.getCategory()).collect(Collectors.joining(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // an employer's name is no skill in the role's header, but is one among the listed skills
        "Jane Doe/n/nEXPERIENCE/n/nSoftware Engineer/nOracle/nJan 2019 - Present/n/nSKILLS/n/nOracle, Python~en~Oracle:database;Python:language",
        // an item of a skills section the vocabulary lacks is a skill of category unknown, in any of the languages
        "Jane Doe/n/nSKILLS/n/nPython, Zorbix~en~Python:language;Zorbix:unknown",
        "Jana Beispiel/n/nKENNTNISSE/n/nPython, XyloBuild~de~Python:language;XyloBuild:unknown",
        "山田 太郎/n/nスキル/n/nPython、Zorbix~ja~Python:language;Zorbix:unknown",
        "김 철수/n/n기술 스택/n/nReact, Zorbix~ko~React:framework;Zorbix:unknown",
        // the candidate's own name in a skills column is not a skill
        "Jack Quillon/n/nSKILLS/n/nJack Quillon/nPython, Zorbix~en~Python:language;Zorbix:unknown",
        // a whole list item is a name in any case: "excel" and "c language" are Excel and C there, not in a sentence
        "Jane Doe/n/nSKILLS/n/nMicrosoft office, excel, c language, Java programming~en~Microsoft Office:tool;Excel:tool;C:language;Java:language",
        "Jane Doe/n/nSUMMARY/n/nI excel at c and at Python.~en~Python:language",
        // a practice is claimed as an item of a skills list, not as a word of a sentence under the heading
        "Jane Doe/n/nSKILLS/n/nAgile/Scrum Methodologies, Python~en~Agile:practice;Scrum:practice;Python:language",
        "Jane Doe/n/nSKILLS/n/n• Monitoring the automated loading processes every night/n• Python~en~Python:language",
        // under Education a course's subject is no skill claimed, but a list labelled with a skill category is
        "Jane Doe/n/nEDUCATION/n/nBSc Computing, course in Python/nComputer Skills: Excel, Outlook/n/nSKILLS/n/nJava~en~Excel:tool;Microsoft Outlook:tool;Java:language"})
    void readsSkills(String text, String language, String expected) {
        assertEquals(expected, skills(text, language));
    }
}
