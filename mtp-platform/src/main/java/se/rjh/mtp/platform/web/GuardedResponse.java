package se.rjh.mtp.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The response as the worker of {@link RequestTimeoutFilter} sees it: everything passes through to the real response
 * until the request is {@linkplain #abandon() abandoned}, after which the worker's status, headers and body are
 * dropped. Each change and the abandoning hold one lock, so the two threads never interleave on the real response.
 */
final class GuardedResponse extends HttpServletResponseWrapper {

    private final Object lock = new Object();
    private boolean abandoned;
    private ServletOutputStream out;
    private PrintWriter writer;

    GuardedResponse(HttpServletResponse response) {
        super(response);
    }

    /** Shuts the worker out, unless its answer has already begun to go out; returns whether it was shut out. */
    boolean abandon() {
        synchronized (lock) {
            if (!getResponse().isCommitted()) {
                abandoned = true;
            }
            return abandoned;
        }
    }

    private interface Change {
        void apply() throws IOException;
    }

    private void guarded(Change change) throws IOException {
        synchronized (lock) {
            if (!abandoned) {
                change.apply();
            }
        }
    }

    private void quietly(Runnable change) {
        synchronized (lock) {
            if (!abandoned) {
                change.run();
            }
        }
    }

    @Override
    public void setStatus(int sc) {
        quietly(() -> super.setStatus(sc));
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        guarded(() -> super.sendError(sc, msg));
    }

    @Override
    public void sendError(int sc) throws IOException {
        guarded(() -> super.sendError(sc));
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        guarded(() -> super.sendRedirect(location));
    }

    @Override
    public void setHeader(String name, String value) {
        quietly(() -> super.setHeader(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
        quietly(() -> super.addHeader(name, value));
    }

    @Override
    public void setIntHeader(String name, int value) {
        quietly(() -> super.setIntHeader(name, value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        quietly(() -> super.addIntHeader(name, value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        quietly(() -> super.setDateHeader(name, date));
    }

    @Override
    public void addDateHeader(String name, long date) {
        quietly(() -> super.addDateHeader(name, date));
    }

    @Override
    public void addCookie(Cookie cookie) {
        quietly(() -> super.addCookie(cookie));
    }

    @Override
    public void setTrailerFields(Supplier<Map<String, String>> supplier) {
        quietly(() -> super.setTrailerFields(supplier));
    }

    @Override
    public void setContentType(String type) {
        quietly(() -> super.setContentType(type));
    }

    @Override
    public void setCharacterEncoding(String charset) {
        quietly(() -> super.setCharacterEncoding(charset));
    }

    @Override
    public void setContentLength(int len) {
        quietly(() -> super.setContentLength(len));
    }

    @Override
    public void setContentLengthLong(long len) {
        quietly(() -> super.setContentLengthLong(len));
    }

    @Override
    public void setLocale(Locale locale) {
        quietly(() -> super.setLocale(locale));
    }

    @Override
    public void setBufferSize(int size) {
        quietly(() -> super.setBufferSize(size));
    }

    @Override
    public void reset() {
        quietly(super::reset);
    }

    @Override
    public void resetBuffer() {
        quietly(super::resetBuffer);
    }

    @Override
    public void flushBuffer() throws IOException {
        guarded(super::flushBuffer);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        synchronized (lock) {
            if (out == null) {
                out = new GuardedOutputStream(abandoned ? null : super.getOutputStream());
            }
            return out;
        }
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        synchronized (lock) {
            if (writer == null) {
                writer = new PrintWriter(new GuardedWriter(abandoned ? null : super.getWriter()));
            }
            return writer;
        }
    }

    /**
     * Body bytes: written while the request is not abandoned, dropped after. Opened after abandoning, it has no
     * target, and none is needed: nothing passes the guard any more.
     */
    private final class GuardedOutputStream extends ServletOutputStream {
        private final ServletOutputStream target;

        GuardedOutputStream(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            guarded(() -> target.write(b));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            guarded(() -> target.write(b, off, len));
        }

        @Override
        public void flush() throws IOException {
            guarded(() -> target.flush());
        }

        @Override
        public void close() throws IOException {
            guarded(() -> target.close());
        }

        @Override
        public boolean isReady() {
            return target == null || target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            if (target != null) {
                target.setWriteListener(listener);
            }
        }
    }

    /** Body characters, the same way. */
    private final class GuardedWriter extends Writer {
        private final PrintWriter target;

        GuardedWriter(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            guarded(() -> target.write(cbuf, off, len));
        }

        @Override
        public void flush() throws IOException {
            guarded(() -> target.flush());
        }

        @Override
        public void close() throws IOException {
            guarded(() -> target.close());
        }
    }
}
