package org.policyflow.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A client of the running application as a browser (session cookie, CSRF token from its cookie) or as a
 * script (HTTP Basic) sees it. Redirects are not followed, so a test sees them.
 */
public final class HttpSession {

    public record Response(int status, String body, HttpHeaders headers) {
    }

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String basicCredentials;
    private boolean browser;
    private boolean sendsCsrfToken = true;

    private HttpSession(URI base, String basicCredentials) {
        this.base = base;
        this.basicCredentials = basicCredentials;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static HttpSession anonymous(URI base) {
        return new HttpSession(base, null);
    }

    public static HttpSession basic(URI base, String user, String password) {
        return new HttpSession(base, Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Behaves as the React app: sends the Sec-Fetch-Mode header every browser sends. */
    public static HttpSession browser(URI base) {
        HttpSession session = new HttpSession(base, null);
        session.browser = true;
        return session;
    }

    /** Logs in as the React app does: reads the CSRF cookie, then POST /api/session. */
    public static HttpSession login(URI base, String user, String password) {
        HttpSession session = browser(base);
        Response login = session.login(user, password);
        if (login.status() != 200) {
            throw new IllegalStateException("login of " + user + " failed: " + login);
        }
        return session;
    }

    public Response login(String user, String password) {
        get("/api/session");
        return send("POST", "/api/session",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response send(String method, String path, String json) {
        HttpRequest.Builder request = request(path);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return execute(request.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
    }

    /** Any request with a body of its own content type (multipart, plain text …); {@code contentType} may be null. */
    public Response send(String method, String path, String contentType, BodyPublisher body) {
        HttpRequest.Builder request = request(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return execute(request.method(method, body));
    }

    /** A GET that accepts any type, as a browser following a download link does. */
    public Response download(String path) {
        return execute(request(path).setHeader("Accept", "*/*").GET());
    }

    /** A multipart/form-data POST of one file, as Camunda Modeler deploys. */
    public Response deploy(String path, String fileName, String content) {
        String boundary = "policyflow-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + fileName
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        BodyPublisher publisher = BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return execute(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher));
    }

    /** From now on requests leave out the X-XSRF-TOKEN header, as a forged cross-site request would. */
    HttpSession withoutCsrfToken() {
        sendsCsrfToken = false;
        return this;
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(base).stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        if (basicCredentials != null) {
            request.header("Authorization", "Basic " + basicCredentials);
        }
        if (browser) {
            request.header("Sec-Fetch-Mode", "cors");
        }
        // as a browser: the Camunda webapps' AngularJS sends their own token (cookie XSRF-TOKEN), the React app ours
        String csrfCookie = path.startsWith(SecurityConfig.WEBAPP_PATH + "/") ? "XSRF-TOKEN" : SecurityConfig.CSRF_COOKIE;
        cookie(csrfCookie).filter(token -> sendsCsrfToken).ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return request;
    }

    private Response execute(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
