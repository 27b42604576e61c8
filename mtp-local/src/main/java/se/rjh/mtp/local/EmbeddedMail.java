package se.rjh.mtp.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A GreenMail SMTP server in this JVM on 127.0.0.1: it accepts mail for any address and keeps it in memory, so the
 * services send real SMTP to it locally and in tests. Tests read what arrived through {@link #received()} or
 * {@link #greenMail()}, and {@link #stop()} it to see a send fail.
 */
public final class EmbeddedMail implements AutoCloseable {

    private final int smtpPort;
    /** What earlier runs of the server received: a restarted GreenMail starts with an empty store. */
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail greenMail;

    private EmbeddedMail(int smtpPort) {
        this.smtpPort = smtpPort;
    }

    public static EmbeddedMail start(int smtpPort) {
        EmbeddedMail mail = new EmbeddedMail(smtpPort);
        mail.startServer();
        return mail;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public synchronized void startServer() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    /** Closes the port: a send is refused until {@link #startServer()}; what arrived so far is kept. */
    public synchronized void stop() {
        if (greenMail != null) {
            earlier.addAll(List.of(greenMail.getReceivedMessages()));
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Every mail received, oldest first. */
    public synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (greenMail != null) {
            all.addAll(List.of(greenMail.getReceivedMessages()));
        }
        return Collections.unmodifiableList(all);
    }

    /** The running server, e.g. for GreenMail's own waiting helpers; {@code null} while stopped. */
    public synchronized GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        stop();
    }
}
