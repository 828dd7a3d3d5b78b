package dev.vitae.bench;

import dev.vitae.schemas.Candidate;
import dev.vitae.schemas.DocumentIds;
import dev.vitae.schemas.Metric;
import dev.vitae.schemas.MetricKind;
import dev.vitae.schemas.ResumeProfile;
import dev.vitae.schemas.Role;
import dev.vitae.schemas.Skill;
import dev.vitae.schemas.Span;
import dev.vitae.sink.ProfileStore;
import dev.vitae.sink.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows per second into each store, one database transaction per batch, for batch sizes given on the
 * command line (default 1 and 500), in the same run: commits are the real cost, and this measures
 * them. Usage: {@code ./vitae bench store [RECORDS] [BATCH...]}; PostgreSQL at
 * {@code VITAE_BENCH_PG_URL} (default jdbc:postgresql://127.0.0.1:5432/test) is included when it answers.
 */
public final class StoreThroughput {
    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<Integer> batches = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            batches.add(Integer.parseInt(args[i]));
        }
        if (batches.isEmpty()) {
            batches = List.of(1, 500);
        }
        List<ResumeProfile> profiles = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            profiles.add(profile(DocumentIds.of(("bench-" + i).getBytes(StandardCharsets.UTF_8)), i));
        }
        String pg = System.getenv().getOrDefault("VITAE_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        System.out.printf("%-11s %6s %8s %10s %10s%n", "store", "batch", "records", "seconds", "rows/s");
        for (int batch : batches) {
            run("sqlite", StoreConfig.sqlite(Files.createTempDirectory("vitae-bench").resolve("bench.db")), profiles, batch);
            StoreConfig pgConfig = freshPostgres(pg);
            if (pgConfig != null) {
                run("postgresql", pgConfig, profiles, batch);
            }
        }
    }

    private static void run(String name, StoreConfig config, List<ResumeProfile> profiles, int batch) throws Exception {
        try (ProfileStore store = ProfileStore.open(config)) {
            long t0 = System.nanoTime();
            long offset = 0;
            for (int i = 0; i < profiles.size(); i += batch) {
                List<ProfileStore.Change> changes = new ArrayList<>();
                for (ResumeProfile p : profiles.subList(i, Math.min(profiles.size(), i + batch))) {
                    changes.add(new ProfileStore.Change(p.getDocumentId(), p, "profiles.parsed", 0, offset++));
                }
                store.apply("bench", changes, List.of(new ProfileStore.Position("profiles.parsed", 0, offset)));
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-11s %6d %8d %10.2f %10.0f%n", name, batch, profiles.size(), s, profiles.size() / s);
        }
    }

    private static StoreConfig freshPostgres(String url) {
        String schema = "vitae_bench_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
            return new StoreConfig(url + "?currentSchema=" + schema, "postgres", null, 2);
        } catch (Exception e) {
            System.out.println("postgresql skipped: " + e.getMessage());
            return null;
        }
    }

    /** A profile of typical size: 4 roles, 25 skills, 8 metrics. */
    static ResumeProfile profile(String id, int i) {
        List<Role> roles = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            roles.add(Role.newBuilder().setTitle("Engineer " + r).setOrganization("Company " + (i + r)).setStart("2019-0" + (r + 1))
                    .setEvidence(new Span(r * 100, r * 100 + 40)).build());
        }
        List<Skill> skills = new ArrayList<>();
        for (int s = 0; s < 25; s++) {
            skills.add(Skill.newBuilder().setName("Skill " + s).setCategory("tool").setMonths(s * 3).setMentions(List.of()).build());
        }
        List<Metric> metrics = new ArrayList<>();
        for (int m = 0; m < 8; m++) {
            metrics.add(Metric.newBuilder().setValue(m * 10).setUnit("percent").setKind(MetricKind.percent)
                    .setSentence("Improved things by " + m * 10 + "%").setEvidence(new Span(m, m + 3)).build());
        }
        return ResumeProfile.newBuilder().setDocumentId(id).setFileName("cv-" + i + ".pdf").setLanguage("en")
                .setCandidate(Candidate.newBuilder().setName("Candidate " + i).build()).setRoles(roles).setSkills(skills)
                .setMetrics(metrics).setEducation(List.of()).setLanguages(List.of()).setProjects(List.of())
                .setExtractorVersion("bench").setEnricherVersion("bench")
                .setUploadedAt(Instant.now()).setEnrichedAt(Instant.now()).build();
    }
}
