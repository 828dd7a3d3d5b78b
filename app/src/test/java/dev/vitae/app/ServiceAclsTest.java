package dev.vitae.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.app.ServiceAcls.Service;
import dev.vitae.schemas.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one ACL set: what the README shows, and the rules it keeps (AclDrillIT proves it on a broker). */
class ServiceAclsTest {

    @Test
    void theReadmeShowsExactlyTheAclsThatVitaeAclsPrints() throws IOException {
        List<String> documented = Files.readAllLines(Path.of("..", "README.md")).stream()
                .map(String::strip).filter(l -> l.startsWith("--add --allow-principal")).toList();
        assertEquals(ServiceAcls.kafkaAclsArguments(), documented);
    }

    @ParameterizedTest(name = "{0} reads {1}, writes {2}")
    @CsvSource(delimiter = '|', value = {
            "INGEST    | ''                | resumes.uploaded",
            "EXTRACTOR | resumes.uploaded  | resumes.extracted resumes.uploaded.dlq",
            "ENRICHER  | resumes.extracted | profiles.parsed resumes.extracted.dlq",
            "SINK      | profiles.parsed   | profiles.parsed.dlq"})
    void eachServiceReadsItsInputAndWritesItsOutputsOfVitaesTopics(Service service, String reads, String writes) {
        assertEquals(words(reads), vitaeTopics(service, AclOperation.READ));
        assertEquals(words(writes), vitaeTopics(service, AclOperation.WRITE));
    }

    @Test
    void everyBindingIsItsOwnServicesAndNoneCreatesOrAltersVitaesTopics() {
        Set<String> vitaeTopics = Topics.all().stream().map(t -> t.name()).collect(Collectors.toSet());
        for (Service s : Service.values()) {
            for (AclBinding b : ServiceAcls.of(s)) {
                assertEquals(s.principal(), b.entry().principal(), b.toString());
                if (b.pattern().resourceType() == ResourceType.TOPIC && vitaeTopics.contains(b.pattern().name())) {
                    assertTrue(Set.of(AclOperation.READ, AclOperation.WRITE).contains(b.entry().operation()), b.toString());
                }
                assertTrue(b.pattern().resourceType() != ResourceType.CLUSTER, "no service acts on the cluster: " + b);
            }
        }
    }

    private static Set<String> vitaeTopics(Service s, AclOperation op) {
        return ServiceAcls.of(s).stream()
                .filter(b -> b.pattern().resourceType() == ResourceType.TOPIC && b.entry().operation() == op)
                .map(b -> b.pattern().name()).collect(Collectors.toSet());
    }

    private static Set<String> words(String s) {
        return s.isBlank() ? Set.of() : Set.of(s.strip().split("\\s+"));
    }
}
