package se.rjh.mtp.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * The response as the worker of {@link RequestTimeoutFilter} sees it: everything passes through to the real response
 * until the request is {@linkplain #abandon() abandoned}, after which the worker's status, headers and body are
 * dropped. Each change and the abandoning hold one lock, so the two threads never interleave on the real response.
 * <p>
 * The methods that change what goes out are named once, in {@link #CHANGES}; every overload of them passes one
 * guard, on a proxy of the real response that this wrapper wraps. The body has its own guarded stream and writer.
 */
final class GuardedResponse extends HttpServletResponseWrapper {

    /** The response's methods that change its status, headers, cookies, trailers, encoding or buffer. */
    private static final Set<String> CHANGES = Set.of("setStatus", "sendError", "sendRedirect", "setHeader",
            "addHeader", "setIntHeader", "addIntHeader", "setDateHeader", "addDateHeader", "addCookie",
            "setTrailerFields", "setContentType", "setCharacterEncoding", "setContentLength", "setContentLengthLong",
            "setLocale", "setBufferSize", "reset", "resetBuffer", "flushBuffer");

    private final Object lock = new Object();
    private boolean abandoned;
    private ServletOutputStream out;
    private PrintWriter writer;

    GuardedResponse(HttpServletResponse response) {
        super(response);
        setResponse((HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> CHANGES.contains(method.getName())
                        ? guardedCall(response, method, args) : call(response, method, args)));
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

    /** A change of the response: made while the request is not abandoned, dropped after (all of them are void). */
    private Object guardedCall(HttpServletResponse response, Method method, Object[] args) throws Throwable {
        synchronized (lock) {
            return abandoned ? null : call(response, method, args);
        }
    }

    private static Object call(HttpServletResponse response, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(response, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
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
