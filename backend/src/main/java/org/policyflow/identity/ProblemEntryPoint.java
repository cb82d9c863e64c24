package org.policyflow.identity;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request without a (valid) login. APIs get 401 with an RFC 9457 problem in Chinese, never a redirect;
 * scripts (requests without the Sec-Fetch-* headers every browser sends) also get an HTTP Basic challenge, browsers
 * do not, so no password dialog pops up over the React login. A Camunda webapp page sends the browser to the
 * React login, which comes back after the login.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint {

    static final String LOGIN_PAGE = "/login";
    static final String LOGIN_REQUIRED = "请先登录。";

    private final ObjectMapper json;

    ProblemEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (isWebappPage(request)) {
            String page = request.getRequestURI().substring(request.getContextPath().length());
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(page, StandardCharsets.UTF_8));
            return;
        }
        if (request.getHeader("Sec-Fetch-Mode") == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PolicyFlow\", charset=\"UTF-8\"");
        }
        write(response, json, problem(failure));
    }

    static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * 401 problem naming why: the credentials were refused (wrong, unknown or locked: one answer for all, see
     * {@link CamundaIdentityAuthenticationProvider}), or no login at all.
     */
    static ProblemDetail problem(AuthenticationException failure) {
        boolean rejected = failure instanceof BadCredentialsException;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                rejected ? failure.getMessage() : LOGIN_REQUIRED);
        problem.setTitle(rejected ? "登录失败" : "需要登录");
        problem.setProperty("code", rejected ? "bad-credentials" : "login-required");
        return problem;
    }

    /** The entry pages of Tasklist, Cockpit and Admin, e.g. /camunda/app/tasklist/default/, opened by a browser. */
    private static boolean isWebappPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && path.startsWith(SecurityConfig.WEBAPP_PATH + "/app/");
    }
}
