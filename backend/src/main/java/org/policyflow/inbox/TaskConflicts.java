package org.policyflow.inbox;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two people completing or claiming one task through Camunda's REST API: the engine lets one win, but its REST API
 * answers the other with 500 ("Cannot find task", optimistic locking, "already claimed"). This filter answers that
 * loser with 409 and a Chinese message instead, judged by the task's state in pf_task after the attempt.
 */
@Component
class TaskConflicts extends OncePerRequestFilter {

    private static final Pattern TASK_ACTION = Pattern.compile("/engine-rest/task/([^/]+)/(submit-form|complete|claim)");

    private final TaskAccess access;
    private final ObjectMapper json;

    TaskConflicts(TaskAccess access, ObjectMapper json) {
        this.access = access;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !TASK_ACTION.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher action = TASK_ACTION.matcher(path(request));
        action.matches();
        String taskId = action.group(1);
        if (access.find(taskId).filter(task -> !task.open()).isPresent()) {
            conflict(response, request, "该任务已办结,请刷新待办列表");
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() >= 500) {
            String body = new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8);
            Optional<TaskAccess.TaskRef> task = access.find(taskId);
            if (task.isPresent() && !task.get().open()) {
                buffered.resetBuffer();
                conflict(buffered, request, "该任务已被其他人办结,您的提交未生效");
            } else if (body.contains("already claimed") || body.contains("ENGINE-03005")) {
                buffered.resetBuffer();
                conflict(buffered, request, "该任务刚被其他人认领或处理,请刷新后重试");
            }
        }
        buffered.copyBodyToResponse();
    }

    private void conflict(HttpServletResponse response, HttpServletRequest request, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.CONFLICT.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
