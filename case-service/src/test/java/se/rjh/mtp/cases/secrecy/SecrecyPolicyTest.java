package se.rjh.mtp.cases.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.ProtectedText;
import se.rjh.mtp.api.common.ProtectedText.Part;

class SecrecyPolicyTest {

    /**
     * Text fields of case events and views that are not free text a marking protects: ids, codes, references, the
     * device (what it is, not who reported it), and the people acting on the case.
     */
    private static final Set<String> NOT_PROTECTED = Set.of(
            "caseId", "caseNumber", "noteId", "documentId", "checksum", "consultationId", "followUpId", "assignmentId",
            "questionId", "groupId", "seriesId", "id", "guidelineNumber", "workingGroupId", "regulationReference",
            "classification", "provision", "markedBy", "caseOfficer", "previousCaseOfficer", "previousStep",
            "referencedBy", "returnedBy", "addedBy", "actor", "type", "warning", "reference", "name", "manufacturer",
            "model", "udiDi", "inHouseDeviceId");

    private static final Submitter SVEN = new Submitter("Sven", "IVA", "sven@example.se");

    @Test
    void theRegistrarReadsTheRegistrationDataAndTheLagMemberNothing() {
        assertThat(SecrecyPolicy.hiddenFrom(List.of("ROLE_LAG_MEMBER"))).containsExactlyInAnyOrder(Part.values());
        assertThat(SecrecyPolicy.hiddenFrom(List.of())).containsExactlyInAnyOrder(Part.values());
        assertThat(SecrecyPolicy.hiddenFrom(List.of("ROLE_REGISTRAR"))).containsExactly(Part.PREPARATION);
        for (String reader : List.of("ROLE_CASE_OFFICER", "ROLE_LSG_CHAIR", "ROLE_AUDITOR", "ROLE_ADMIN")) {
            assertThat(SecrecyPolicy.hiddenFrom(List.of("ROLE_REGISTRAR", reader))).as(reader).isEmpty();
        }
    }

    @Test
    void maskingReachesNestedRecordsAndListsAndLeavesTheRest() {
        CaseReceived received = new CaseReceived("c1", "Ämne", "Text", CaseType.OTHER, Channel.EMAIL, SVEN,
                LocalDate.of(2026, 11, 20), null);
        CaseReceived masked = SecrecyPolicy.shown(received, true, List.of("ROLE_LAG_MEMBER"));
        assertThat(masked.subject()).isEqualTo("[Skyddat]");
        assertThat(masked.submitter()).isEqualTo(new Submitter("[Skyddat]", "[Skyddat]", "[Skyddat]"));
        assertThat(masked.caseId()).isEqualTo("c1");
        assertThat(masked.receivedOn()).isEqualTo(received.receivedOn());
        assertThat(SecrecyPolicy.shown(received, true, List.of("ROLE_REGISTRAR"))).isSameAs(received);
        assertThat(SecrecyPolicy.shown(received, false, List.of("ROLE_LAG_MEMBER"))).isSameAs(received);

        CaseDecided decided = new CaseDecided("c1", "MTP/1/2026", CaseType.OTHER, "Beslut", DecisionBody.LSG,
                LocalDate.of(2026, 11, 27), List.of(new FollowUp("f1", FollowUpKind.GUIDELINE_REVISION, "Revidera",
                "RL-MTP-1", null, null, null)), null);
        CaseDecided forRegistrar = SecrecyPolicy.shown(decided, true, List.of("ROLE_REGISTRAR"));
        assertThat(forRegistrar.decision()).isEqualTo("[Skyddat]");
        assertThat(forRegistrar.followUps().get(0).description()).isEqualTo("[Skyddat]");
        assertThat(forRegistrar.followUps().get(0).guidelineNumber()).isEqualTo("RL-MTP-1");
        assertThat(SecrecyPolicy.shown(decided, true, List.of("ROLE_CASE_OFFICER"))).isSameAs(decided);
    }

    /** A new text field on a case event or view is either protected or named here as not free text. */
    @Test
    void everyTextFieldOfTheCaseApiIsProtectedOrNamedAsNotFreeText() throws Exception {
        List<String> unclassified = new ArrayList<>();
        int protectedFields = 0;
        for (Class<?> type : caseApiRecords()) {
            if (type == Submitter.class) {
                continue; // protected as a whole by the field that holds it
            }
            for (var component : type.getRecordComponents()) {
                boolean text = component.getType() == String.class || component.getType() == Submitter.class;
                if (component.isAnnotationPresent(ProtectedText.class)) {
                    protectedFields++;
                } else if (text && !NOT_PROTECTED.contains(component.getName())) {
                    unclassified.add(type.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(unclassified).as("annotate with @ProtectedText, or list as not free text").isEmpty();
        assertThat(protectedFields).isGreaterThan(30);
    }

    /** The records of mtp-api's case package, read from its classes directory or its jar. */
    private static List<Class<?>> caseApiRecords() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(CaseReceived.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> records = new ArrayList<>();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            Path root = jar == null ? location : jar.getPath("/");
            try (Stream<Path> files = Files.walk(root.resolve("se/rjh/mtp/api/cases"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type = Class.forName(name);
                    if (type.isRecord()) {
                        records.add(type);
                    }
                }
            }
        }
        assertThat(records).contains(CaseReceived.class);
        return records;
    }
}
