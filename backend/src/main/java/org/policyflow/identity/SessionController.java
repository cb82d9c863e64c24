package org.policyflow.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.policyflow.identity.CurrentUser.GroupRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionFixationProtectionStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The browser's login: POST creates the session (cookie JSESSIONID) that PolicyFlow, the Camunda webapps and
 * /engine-rest all accept; GET tells who is logged in (401 if nobody); DELETE (handled by Spring Security's logout,
 * see {@link SecurityConfig}) ends it.
 */
@RestController
@RequestMapping(SessionController.PATH)
class SessionController {

    static final String PATH = "/api/session";

    record Credentials(@NotBlank String username, @NotBlank String password) {
    }

    record SessionView(String userId, String name, List<GroupRef> groups, @Nullable GroupRef department,
            List<CurrentUser.Role> roles) {

        static SessionView of(CurrentUser user) {
            return new SessionView(user.userId(), user.displayName(), user.groups(), user.department(),
                    List.copyOf(user.roles()));
        }
    }

    private final ProviderManager authentication;
    private final SessionAuthenticationStrategy sessionStrategy;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionController(CamundaIdentityAuthenticationProvider provider, CsrfTokenRepository csrfTokens) {
        this.authentication = new ProviderManager(provider);
        SessionFixationProtectionStrategy newSession = new SessionFixationProtectionStrategy();
        // a fresh session: nothing of an earlier user (such as its Camunda webapp login) carries over
        newSession.setMigrateSessionAttributes(false);
        this.sessionStrategy = new CompositeSessionAuthenticationStrategy(
                List.of(newSession, new CsrfAuthenticationStrategy(csrfTokens)));
    }

    @PostMapping
    SessionView login(@Valid @RequestBody Credentials credentials, HttpServletRequest request,
            HttpServletResponse response) {
        Authentication user = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.username().trim(),
                        credentials.password()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        sessionStrategy.onAuthentication(user, request, response);
        contexts.saveContext(context, request, response);
        return SessionView.of((CurrentUser) user.getPrincipal());
    }

    @GetMapping
    SessionView current(@AuthenticationPrincipal CurrentUser user) {
        return SessionView.of(user);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> incomplete(MethodArgumentNotValidException invalid) {
        List<String> fields = invalid.getFieldErrors().stream().map(FieldError::getField).distinct().sorted().toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "请填写用户名和密码(缺少:" + String.join("、", fields) + ")。");
        problem.setTitle("登录信息不完整");
        problem.setProperty("fields", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> loginFailed(AuthenticationException failure) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ProblemEntryPoint.problem(failure));
    }
}
