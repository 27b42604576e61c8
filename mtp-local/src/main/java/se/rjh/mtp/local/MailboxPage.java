package se.rjh.mtp.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * The local mailbox, read-only: one HTML page on 127.0.0.1 listing every mail the embedded SMTP server received,
 * newest first, in Swedish. Only for the local run; the JDK's own HTTP server keeps the infrastructure JVM small.
 */
public final class MailboxPage implements AutoCloseable {

    private final HttpServer server;

    private MailboxPage(HttpServer server) {
        this.server = server;
    }

    public static MailboxPage start(EmbeddedMail mail, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/", exchange -> answer(exchange, mail));
            server.start();
            return new MailboxPage(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private static void answer(HttpExchange exchange, EmbeddedMail mail) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] page = render(mail.received()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        }
    }

    static String render(List<MimeMessage> received) {
        List<MimeMessage> newestFirst = new ArrayList<>(received);
        Collections.reverse(newestFirst);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Lokal e-post – MTP</title>
                <meta http-equiv="refresh" content="10">
                <style>body{font-family:sans-serif;margin:2em}article{border:1px solid #ccc;margin:1em 0;padding:.5em 1em}
                pre{white-space:pre-wrap}dt{font-weight:bold;float:left;width:5em}</style></head><body>
                <h1>Lokal e-post</h1>
                """);
        html.append("<p>").append(newestFirst.size())
                .append(" meddelanden har tagits emot av den lokala e-postservern, det senaste först. "
                        + "Sidan uppdateras var tionde sekund.</p>\n");
        SimpleDateFormat time = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", new Locale("sv", "SE"));
        time.setTimeZone(TimeZone.getTimeZone("Europe/Stockholm"));
        for (MimeMessage message : newestFirst) {
            try {
                html.append("<article><dl>")
                        .append("<dt>Tid</dt><dd>").append(message.getSentDate() == null ? "" : time.format(message.getSentDate()))
                        .append("</dd><dt>Från</dt><dd>").append(escape(addresses(message.getFrom())))
                        .append("</dd><dt>Till</dt><dd>").append(escape(addresses(message.getAllRecipients())))
                        .append("</dd><dt>Ämne</dt><dd>").append(escape(message.getSubject()))
                        .append("</dd></dl><pre>").append(escape(String.valueOf(message.getContent()))).append("</pre></article>\n");
            } catch (MessagingException | IOException e) {
                html.append("<article>Meddelandet kunde inte läsas: ").append(escape(e.getMessage())).append("</article>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
