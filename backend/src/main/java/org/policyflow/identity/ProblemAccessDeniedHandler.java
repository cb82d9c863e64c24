package org.policyflow.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 403 as an RFC 9457 problem in Chinese. A request without login that fails only for its missing CSRF token is
 * answered 401 like every request without login: it rides on no session, so there is nothing to forge, and an API
 * caller learns the real problem. The login itself keeps the CSRF answer.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemEntryPoint entryPoint;
    private final ObjectMapper json;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    ProblemAccessDeniedHandler(ProblemEntryPoint entryPoint, ObjectMapper json) {
        this.entryPoint = entryPoint;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        boolean anonymous = !trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
        boolean login = request.getRequestURI().equals(request.getContextPath() + SessionController.PATH);
        if (denied instanceof CsrfException && anonymous && !login) {
            entryPoint.commence(request, response, new InsufficientAuthenticationException(denied.getMessage()));
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, denied instanceof CsrfException
                ? "请求缺少有效的 CSRF 令牌(请求头 X-XSRF-TOKEN),请刷新页面后重试。"
                : "没有权限执行此操作。");
        problem.setTitle("禁止访问");
        ProblemEntryPoint.write(response, json, problem);
    }
}
