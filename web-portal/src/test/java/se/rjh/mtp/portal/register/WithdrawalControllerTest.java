package se.rjh.mtp.portal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static se.rjh.mtp.portal.web.Browser.chair;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.portal.web.PortalWebMvcTest;

@PortalWebMvcTest
class WithdrawalControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegisterGateway register;

    @Test
    void theChairChecksTheWithdrawalBeforeItIsMade() throws Exception {
        when(register.get(Devices.ID)).thenReturn(Devices.full());

        // The form opens dated today (the service's clock, Europe/Stockholm).
        assertThat(chair(mvc).page(get("/egentillverkning/EGT-3/avveckling")))
                .contains("value=\"" + LocalDate.now(ZoneId.of("Europe/Stockholm")) + "\"");

        String empty = chair(mvc).page(post("/egentillverkning/EGT-3/avveckling").param("reason", " "));
        assertThat(empty).contains("href=\"#reason\"", "href=\"#transitionPlan\"", "Skriv varför produkten avvecklas");

        String check = chair(mvc).page(post("/egentillverkning/EGT-3/avveckling")
                        .param("reason", "Likvärdig CE-märkt finns")
                        .param("transitionPlan", "Byte under december").param("withdrawnOn", "2026-12-01")
                        .param("reviewId", "r-1"));
        assertThat(check).contains("<h1 class=\"govuk-heading-l\">Kontrollera innan du avvecklar produkten</h1>", 
                "Kontrollera innan du avvecklar produkten", "Likvärdig CE-märkt finns",
                "action=\"/egentillverkning/EGT-3/avveckling/bekrafta\"", "name=\"reviewId\" value=\"r-1\"");
        verify(register, never()).withdraw(any(), any());

        chair(mvc).send(post("/egentillverkning/EGT-3/avveckling/bekrafta").param("reason", "Likvärdig CE-märkt finns")
                        .param("transitionPlan", "Byte under december").param("withdrawnOn", "2026-12-01")
                        .param("reviewId", "r-1"))
                .andExpect(redirectedUrl("/egentillverkning/EGT-3"));
        verify(register).withdraw(Devices.ID, new RegisterCommands.Withdrawal("Likvärdig CE-märkt finns",
                "Byte under december", LocalDate.of(2026, 12, 1), "r-1"));
    }
}
