package se.rjh.mtp.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.reporting.view.DashboardReport;
import se.rjh.mtp.api.reporting.view.GroupStates;
import se.rjh.mtp.api.reporting.view.GuidelinesReport;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.reporting.view.InHouseDevicesReport;
import se.rjh.mtp.api.reporting.view.IncidentsReport;
import se.rjh.mtp.api.reporting.view.OverdueAssignments;
import se.rjh.mtp.api.reporting.view.PastConsultationDue;
import se.rjh.mtp.api.reporting.view.PercentileSummary;
import se.rjh.mtp.api.reporting.view.PipelineReport;
import se.rjh.mtp.api.reporting.view.WorkingGroupsReport;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

@PortalWebMvcTest
class DashboardControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DashboardGateway reports;

    @Test
    void everyFigureIsATableWithCaptionAndHeadersAndEveryEnumValueHasASwedishLabel() throws Exception {
        when(reports.dashboard()).thenReturn(everyValueOnce());

        String page = page("ordforande", "LSG_CHAIR");

        assertThat(page).contains("<caption", "scope=\"col\"", "scope=\"row\"", "Ärenden per steg",
                "Beredning", "Upparbetning", "Patientsäkerhet", "Utfärdat", "Gul – risk för försening",
                "LAG Tillverkning och säkerhet", "2026-11", "Ska ses över inom 30 dagar",
                "Egentillverkade produkter (5)", "Under utveckling", "Ska granskas inom 60 dagar",
                "href=\"/egentillverkning/EGT-2\"", "class=\"mtp-bar__fill\"",
                "class=\"govuk-table__header govuk-table__header--numeric\">Antal</th>", "Bedömda enligt lex Maria");
        // An unmapped value would show as ??key?? or as its raw name.
        assertThat(page).doesNotContain("??");
        Stream.of(CaseStep.values(), CaseType.values(), ConcernedBody.values(), AssignmentStatus.values(),
                        ProgressStatus.values(), InHouseDeviceStatus.values()).flatMap(Arrays::stream)
                .forEach(value -> assertThat(page).as(value.name()).doesNotContain(">" + value.name() + "<"));
        assertThat(page.split("<table", -1)).hasSize(10);
    }

    @Test
    void anUnmappedValueIsNoticed() throws Exception {
        when(reports.dashboard()).thenReturn(new DashboardReport(new PipelineReport(1,
                Map.of("NOT_A_STEP", 1), Map.of(), Map.of(), Map.of(), new PastConsultationDue(0, List.of()),
                Map.of()), emptyGroups(), new GuidelinesReport(0, 0, Map.of(), 0), new IncidentsReport(0, 0, 0, 0, 0),
                noDevices()));

        assertThat(page("lag", "LAG_MEMBER")).contains("??step.NOT_A_STEP");
    }

    @Test
    void theStepsComeInTheProcesssOrderWhateverOrderTheFiguresCameIn() throws Exception {
        Map<String, Integer> perStep = new LinkedHashMap<>();
        perStep.put("DECIDED", 1);
        perStep.put("NOT_A_STEP", 1);
        perStep.put("RECEIVED", 2);
        when(reports.dashboard()).thenReturn(new DashboardReport(new PipelineReport(4, perStep, Map.of(), Map.of(),
                Map.of(), new PastConsultationDue(0, List.of()), Map.of()), emptyGroups(),
                new GuidelinesReport(0, 0, Map.of(), 0), new IncidentsReport(0, 0, 0, 0, 0), noDevices()));

        String page = page("ordforande", "LSG_CHAIR");

        assertThat(page.indexOf(">Mottaget<")).isPositive().isLessThan(page.indexOf(">Beslutat<"));
        assertThat(page.indexOf(">Beslutat<")).isLessThan(page.indexOf("step.NOT_A_STEP"));
    }

    @Test
    void withReportingDownThePageSaysSo() throws Exception {
        when(reports.dashboard()).thenThrow(new ServiceUnavailableException("reporting-service", null));

        assertThat(page("registrator", "REGISTRAR")).contains("Statistiken kan inte visas just nu")
                .doesNotContain("<table");
    }

    private String page(String name, String role) throws Exception {
        return mvc.perform(get("/statistik").with(oidcLogin().idToken(t -> t.subject(name))
                        .authorities(new SimpleGrantedAuthority("ROLE_" + role))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A report that names every value of every enum the dashboard shows. */
    private static DashboardReport everyValueOnce() {
        Map<String, Integer> perStep = counts(CaseStep.values());
        Map<String, Integer> perType = counts(CaseType.values());
        Map<String, PercentileSummary> leadTimes = new LinkedHashMap<>();
        Arrays.stream(CaseStep.values()).forEach(s -> leadTimes.put(s.name(), new PercentileSummary(2, 12.5, 30.0)));
        Map<String, PercentileSummary> turnaround = new LinkedHashMap<>();
        Arrays.stream(ConcernedBody.values()).forEach(b -> turnaround.put(b.name(), new PercentileSummary(0, null, null)));
        Map<String, Integer> byState = counts(AssignmentStatus.values());
        byState.put("UNKNOWN", 1);
        PipelineReport pipeline = new PipelineReport(20, perStep, perType, Map.of("2026-11", 20), leadTimes,
                new PastConsultationDue(1, List.of("c-1")), turnaround);
        WorkingGroupsReport groups = new WorkingGroupsReport(9,
                Map.of("lag-ts", new GroupStates("LAG Tillverkning och säkerhet", byState)),
                new OverdueAssignments(0, List.of()), counts(ProgressStatus.values()), List.of());
        return new DashboardReport(pipeline, groups,
                new GuidelinesReport(3, 2, new LinkedHashMap<>(Map.of("30", 1L)), 0),
                new IncidentsReport(1, 1, 0, 0, 1), new InHouseDevicesReport(5,
                        counts(InHouseDeviceStatus.values()),
                        new LinkedHashMap<>(Map.of("30", 0L, "60", 1L, "90", 1L)), 1, 0, Map.of("EGT-2", 1),
                        List.of()));
    }

    private static InHouseDevicesReport noDevices() {
        return new InHouseDevicesReport(0, Map.of(), Map.of(), 0, 0, Map.of(), List.of());
    }

    private static WorkingGroupsReport emptyGroups() {
        return new WorkingGroupsReport(0, Map.of(), new OverdueAssignments(0, List.of()), Map.of(), List.of());
    }

    private static Map<String, Integer> counts(Enum<?>[] values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> counts.put(v.name(), 1));
        return counts;
    }
}
