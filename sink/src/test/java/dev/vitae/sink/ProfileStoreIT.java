package dev.vitae.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.schemas.Candidate;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Role;
import dev.vitae.schemas.Span;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store's guarantees, on SQLite and PostgreSQL alike. */
class ProfileStoreIT {
    private static final String GROUP = "g";

    static ResumeProfile profile(String id, String version, long enrichedAt, String org) {
        return ResumeProfile.newBuilder()
                .setDocumentId(id).setFileName(id + ".pdf").setLanguage("en")
                .setCandidate(Candidate.newBuilder().setName("Jane").build())
                .setRoles(List.of(Role.newBuilder().setOrganization(org).setTitle("Engineer").setEvidence(new Span(0, 1)).build()))
                .setSkills(List.of()).setMetrics(List.of()).setEducation(List.of()).setLanguages(List.of()).setProjects(List.of())
                .setExtractorVersion("1.0.0").setEnricherVersion(version)
                .setUploadedAt(Instant.ofEpochMilli(1000)).setEnrichedAt(Instant.ofEpochMilli(enrichedAt)).build();
    }

    private static ProfileStore.Change change(ResumeProfile p, long offset) {
        return new ProfileStore.Change(p.getDocumentId(), p, "profiles.parsed", 0, offset);
    }

    private static List<ProfileStore.Position> at(long next) {
        return List.of(new ProfileStore.Position("profiles.parsed", 0, next));
    }

    @ParameterizedTest
    @MethodSource("dev.vitae.sink.Stores#kinds")
    void duplicateDeliveryLeavesOneRow(String kind) throws Exception {
        try (ProfileStore store = ProfileStore.open(Stores.fresh(kind))) {
            ResumeProfile p = profile("a", "1.0.0", 10, "Acme");
            store.apply(GROUP, List.of(change(p, 0), change(p, 0)), at(1));
            store.apply(GROUP, List.of(change(p, 0)), at(1));
            assertEquals(1, store.count());
            assertEquals(Map.of(0, 1L), store.positions(GROUP, "profiles.parsed"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.vitae.sink.Stores#kinds")
    void anOlderVersionNeverOverwritesANewerOne(String kind) throws Exception {
        try (ProfileStore store = ProfileStore.open(Stores.fresh(kind))) {
            store.apply(GROUP, List.of(change(profile("a", "1.10.0", 10, "New Co"), 5)), at(6));
            int applied = store.apply(GROUP, List.of(change(profile("a", "1.9.0", 99, "Old Co"), 3)), at(6));
            assertEquals(0, applied);
            assertEquals("1.10.0", store.enricherVersion("a").orElseThrow());
            assertTrue(store.profileJson("a").orElseThrow().contains("New Co"));
            store.apply(GROUP, List.of(change(profile("a", "1.10.0", 20, "Newer Co"), 7)), at(8));
            assertTrue(store.profileJson("a").orElseThrow().contains("Newer Co"), "same version, later enrichment wins");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.vitae.sink.Stores#kinds")
    void aTombstoneErasesTheProfileAndItsRows(String kind) throws Exception {
        try (ProfileStore store = ProfileStore.open(Stores.fresh(kind))) {
            store.apply(GROUP, List.of(change(profile("a", "1.0.0", 10, "Acme"), 0), change(profile("b", "1.0.0", 10, "Beta"), 1)), at(2));
            store.apply(GROUP, List.of(new ProfileStore.Change("a", null, "profiles.parsed", 0, 2)), at(3));
            assertEquals(List.of("b"), store.documentIds());
            assertEquals(1, store.summaries().size());
            assertEquals(1, store.summaries().get(0).roles());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.vitae.sink.Stores#kinds")
    void theMigrationIsIdempotentAcrossReopens(String kind) throws Exception {
        StoreConfig config = Stores.fresh(kind);
        try (ProfileStore store = ProfileStore.open(config)) {
            store.apply(GROUP, List.of(change(profile("a", "1.0.0", 10, "Acme"), 0)), at(1));
        }
        try (ProfileStore store = ProfileStore.open(config)) {
            assertEquals(1, store.count());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.vitae.sink.Stores#kinds")
    void searchFiltersBySkillMonthsAndLanguageAndPages(String kind) throws Exception {
        try (ProfileStore store = ProfileStore.open(Stores.fresh(kind))) {
            List<ProfileStore.Change> changes = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ResumeProfile p = profile("d" + i, "1.0.0", 10, "Acme");
                p.setLanguage(i % 2 == 0 ? "en" : "ja");
                p.setSkills(List.of(dev.vitae.schemas.Skill.newBuilder().setName("Kafka").setCategory("messaging")
                        .setMonths(i * 12).setMentions(List.of()).build()));
                changes.add(change(p, i));
            }
            store.apply(GROUP, changes, at(5));
            ProfileStore.Page kafka24 = store.search("kafka", 24, null, 10, 0);
            assertEquals(3, kafka24.total());
            assertEquals(List.of("d4", "d3", "d2"), kafka24.hits().stream().map(ProfileStore.Hit::documentId).toList());
            assertEquals(48, kafka24.hits().get(0).skillMonths());
            assertEquals(2, store.search("Kafka", 24, "en", 10, 0).total());
            ProfileStore.Page page2 = store.search(null, null, null, 2, 2);
            assertEquals(5, page2.total());
            assertEquals(List.of("d2", "d3"), page2.hits().stream().map(ProfileStore.Hit::documentId).toList());
            assertEquals(0, store.search("Cobol", null, null, 10, 0).total());
        }
    }

    @org.junit.jupiter.api.Test
    void versionKeysSortNumerically() {
        assertTrue(ProfileStore.versionKey("1.10.0").compareTo(ProfileStore.versionKey("1.9.3")) > 0);
        assertEquals(ProfileStore.versionKey("0.1.0-SNAPSHOT"), ProfileStore.versionKey("0.1.0"));
    }
}
