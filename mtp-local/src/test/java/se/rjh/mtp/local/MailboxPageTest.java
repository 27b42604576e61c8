package se.rjh.mtp.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The local mailbox: what the SMTP server received, on a Swedish page, newest first, and read-only. */
class MailboxPageTest {

    @Test
    void listsReceivedMailNewestFirstAndEscaped() throws Exception {
        try (EmbeddedMail mail = EmbeddedMail.start(EmbeddedInfrastructure.freePort());
             MailboxPage page = MailboxPage.start(mail, EmbeddedInfrastructure.freePort())) {
            send(mail, "Första meddelandet", "Hej!\nFörsta.");
            send(mail, "Andra <b>meddelandet</b>", "Hej!\nAndra.");

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(page.url())).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            String html = response.body();
            assertThat(html).contains("<html lang=\"sv\">", "Lokal e-post", "2 meddelanden", "Ämne", "Till",
                    "handlaggare@mtp.example");
            assertThat(html.indexOf("Andra &lt;b&gt;meddelandet&lt;/b&gt;")).isPositive()
                    .isLessThan(html.indexOf("Första meddelandet"));
            assertThat(html).doesNotContain("<b>meddelandet</b>");
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(page.url()))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void aStoppedServerRefusesMailAndKeepsWhatItHadReceived() throws Exception {
        try (EmbeddedMail mail = EmbeddedMail.start(EmbeddedInfrastructure.freePort())) {
            send(mail, "Före stoppet", "Hej!");
            mail.stop();
            assertThatThrownBy(() -> send(mail, "Under stoppet", "Hej!"))
                    .isInstanceOf(MessagingException.class);
            mail.startServer();
            send(mail, "Efter stoppet", "Hej!");

            assertThat(mail.received()).extracting(MimeMessage::getSubject).containsExactly("Före stoppet", "Efter stoppet");
        }
    }

    private static void send(EmbeddedMail mail, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "2000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("lsg-mtp@mtp.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("handlaggare@mtp.example"));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
