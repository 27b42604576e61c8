package se.rjh.mtp.system.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log event of this JVM (all four services, Kafka, Mongo) as text: the formatted message, the MDC, the
 * exception messages and their stack. Attached to the root logger before the services start.
 */
final class CapturedLogs extends AppenderBase<ILoggingEvent> {

    private static final int MAX_EVENTS = 300_000;
    private final List<String> lines = new ArrayList<>();

    static CapturedLogs attach() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        CapturedLogs appender = new CapturedLogs();
        appender.setContext(context);
        appender.setName("security-test-capture");
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        return appender;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (lines.size() >= MAX_EVENTS) {
            lines.remove(0);
        }
        StringBuilder text = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " "
                + event.getMDCPropertyMap() + " " + event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append("\n").append(t.getClassName()).append(": ").append(t.getMessage());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                text.append("\n\t").append(frame.getSTEAsString());
            }
        }
        lines.add(text.toString());
    }

    synchronized int size() {
        return lines.size();
    }

    /** The captured lines that contain the text (case-insensitive). */
    synchronized List<String> containing(String secret) {
        String needle = secret.toLowerCase();
        return lines.stream().filter(line -> line.toLowerCase().contains(needle)).toList();
    }
}
