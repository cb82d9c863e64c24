package org.policyflow.identity;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.web.util.UriUtils;

/**
 * A request to Camunda's engine API as the guard sees it: which API ({@link Api}), the resource path below the engine
 * (task/{id}/claim …, the same for /engine-rest, /engine-rest/engine/{name} and the webapps'
 * /camunda/api/engine/engine/{name}), with each segment decoded as Jersey decodes it, so that an encoded letter
 * cannot hide an action from the guard.
 */
record EngineApiRequest(Api api, String method, List<String> resource) {

    enum Api { ENGINE, COCKPIT }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> ENGINE_REST = List.of("engine-rest");
    private static final List<String> WEBAPP_ENGINE =
            List.of(SecurityConfig.WEBAPP_PATH.substring(1), "api", "engine", "engine");
    private static final List<String> WEBAPP_COCKPIT = List.of(SecurityConfig.WEBAPP_PATH.substring(1), "api", "cockpit");

    /** The request, or null when its path is outside the guarded APIs. */
    static EngineApiRequest of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(UriUtils.decode(segment, StandardCharsets.UTF_8));
            }
        }
        String method = request.getMethod().toUpperCase();
        if (startsWith(segments, ENGINE_REST)) {
            List<String> below = segments.subList(1, segments.size());
            // /engine-rest/engine/{name}/... is the same API as /engine-rest/...
            boolean named = below.size() >= 2 && below.get(0).equals("engine");
            return new EngineApiRequest(Api.ENGINE, method, List.copyOf(named ? below.subList(2, below.size()) : below));
        }
        if (startsWith(segments, WEBAPP_ENGINE)) {
            int engineName = WEBAPP_ENGINE.size();
            List<String> below = segments.size() > engineName
                    ? segments.subList(engineName + 1, segments.size()) : List.of();
            return new EngineApiRequest(Api.ENGINE, method, List.copyOf(below));
        }
        if (startsWith(segments, WEBAPP_COCKPIT)) {
            return new EngineApiRequest(Api.COCKPIT, method,
                    List.copyOf(segments.subList(WEBAPP_COCKPIT.size(), segments.size())));
        }
        return null;
    }

    boolean changesState() {
        return !SAFE_METHODS.contains(method);
    }

    /** Whether the resource path is exactly these segments; "*" stands for any one segment (an id). */
    boolean is(String... pattern) {
        if (pattern.length != resource.size()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(resource.get(i))) {
                return false;
            }
        }
        return true;
    }

    String segment(int index) {
        return resource.get(index);
    }

    String path() {
        return "/" + String.join("/", resource);
    }

    private static boolean startsWith(List<String> segments, List<String> prefix) {
        return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
    }

    /** The request with its body read once (at most a limit) and served again to the engine. */
    static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        /** The body, or null when it is longer than the limit. */
        static byte[] read(HttpServletRequest request, int limit) throws IOException {
            if (request.getContentLengthLong() > limit) {
                return null;
            }
            byte[] body = request.getInputStream().readNBytes(limit + 1);
            return body.length > limit ? null : body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
