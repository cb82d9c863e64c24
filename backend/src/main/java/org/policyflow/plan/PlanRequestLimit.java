package org.policyflow.plan;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses plan uploads larger than {@link #MAX_REQUEST_BYTES} with 413 before they are read into memory; a body
 * sent without a length is cut off at the same size while it is read.
 */
@Component
class PlanRequestLimit extends OncePerRequestFilter {

    /** The text limit plus room for JSON escapes (\\uXXXX) and corrections. */
    static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024;
    private static final long DISCARD_BYTES = 64L * 1024 * 1024;

    /** Thrown while reading a body that turns out larger than the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super(tooLargeMessage());
        }
    }

    static String tooLargeMessage() {
        return "请求过大：上传的方案最多 " + MAX_REQUEST_BYTES / 1024 / 1024 + " MB（文本最多 "
                + PlanText.MAX_CHARACTERS + " 个字符）";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/plans");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            discard(request);
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                    + "\"detail\":\"" + tooLargeMessage() + "\",\"instance\":\"" + request.getRequestURI() + "\"}");
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() throws IOException {
                return new Limited(super.getInputStream());
            }
        }, response);
    }

    /**
     * Reads what the client sends (up to a bound) before answering, so that it receives the 413 instead of a reset
     * connection while it is still writing.
     */
    private static void discard(HttpServletRequest request) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DISCARD_BYTES;
        try (ServletInputStream in = request.getInputStream()) {
            int n;
            while (left > 0 && (n = in.read(buffer)) > 0) {
                left -= n;
            }
        }
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        Limited(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > MAX_REQUEST_BYTES) {
                throw new TooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
