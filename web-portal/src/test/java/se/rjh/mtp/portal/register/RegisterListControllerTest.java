package se.rjh.mtp.portal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.view.InHouseDeviceListItem;
import se.rjh.mtp.api.devices.view.InHouseDevicePage;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

@PortalWebMvcTest
class RegisterListControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegisterGateway register;

    @Test
    void theFiltersAreAGetFormAndHtmxGetsOnlyTheResults() throws Exception {
        when(register.list(any())).thenReturn(new InHouseDevicePage(List.of(new InHouseDeviceListItem("EGT-3",
                "Doseringskalkylator", "2.1", DeviceKind.MD, DeviceClass.MDR_IIA, InHouseDeviceStatus.IN_USE, 2, "U-17",
                "Onkologiska kliniken", "MTP/7/2026", LocalDate.of(2026, 11, 5), true, LocalDate.of(2027, 11, 3), false,
                1, 1)), 0, 20, 1));

        String page = mvc.perform(get("/egentillverkning").param("status", "IN_USE").param("q", " kalkyl ")
                        .with(Devices.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Egentillverkade produkter</h1>",
                "hx-get=\"/egentillverkning\"", "hx-push-url=\"true\"", "href=\"/egentillverkning/EGT-3\"",
                "I bruk", "Onkologiska kliniken", "Granskningen är försenad", "1 produkt",
                "<option value=\"IN_USE\" selected=\"selected\">I bruk</option>", ">Egentillverkning</a>")
                .doesNotContain("IN_USE</");
        verify(register).list(new RegisterFilter(InHouseDeviceStatus.IN_USE, null, "kalkyl", 0, RegisterFilter.PAGE_SIZE));

        String swap = mvc.perform(get("/egentillverkning").header("HX-Request", "true")
                        .with(Devices.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(swap).contains("id=\"register-results\"", "Doseringskalkylator").doesNotContain("<html", "role=\"search\"");
    }

    @Test
    void theRegisterNeedsSignIn() throws Exception {
        mvc.perform(get("/egentillverkning")).andExpect(status().is3xxRedirection());
    }
}
