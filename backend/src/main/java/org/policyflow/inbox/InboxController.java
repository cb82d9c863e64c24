package org.policyflow.inbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import org.policyflow.identity.CurrentUser;
import org.policyflow.plan.BodyRole;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 我的待办: the inbox of the user's bodies and what can be done on a task besides completing its form. */
@RestController
class InboxController {


    record Delegation(@JsonDeserialize(using = TextOnly.class) String userId) {
    }

    record NewComment(@JsonDeserialize(using = TextOnly.class) String message) {
    }

    record Acknowledgements(List<String> taskIds, @Nullable @JsonDeserialize(using = TextOnly.class) String comment) {
    }

    record ExtensionRequest(@JsonDeserialize(using = TextOnly.class) String reason, LocalDate newDueDate) {
    }

    private final Inbox inbox;
    private final TaskActions actions;
    private final Attachments attachments;
    private final TaskAccess access;

    InboxController(Inbox inbox, TaskActions actions, Attachments attachments, TaskAccess access) {
        this.inbox = inbox;
        this.actions = actions;
        this.attachments = attachments;
        this.access = access;
    }

    @GetMapping("/api/inbox")
    Inbox.Page inbox(@AuthenticationPrincipal CurrentUser user,
                     @RequestParam(defaultValue = "false") boolean overdue,
                     @RequestParam(defaultValue = "false") boolean dueThisWeek,
                     @RequestParam(required = false) String role,
                     @RequestParam(required = false) Long itemId,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "20") int size) {
        if (role != null && Arrays.stream(BodyRole.values()).noneMatch(known -> known.name().equals(role))) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "「角色」(role) 只能是 LEAD、SUPPORTING、IMPLEMENTER、COORDINATION");
        }
        if (page < 0 || size < 1 || size > Inbox.MAX_PAGE_SIZE) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "「页码」(page) 不能为负,「每页条数」(size) 须在 1 到 "
                    + Inbox.MAX_PAGE_SIZE + " 之间");
        }
        return inbox.page(user.inboxGroupIds(), new Inbox.Filter(overdue, dueThisWeek, role, itemId, null), page,
                size);
    }

    @GetMapping("/api/inbox/count")
    Inbox.Count count(@AuthenticationPrincipal CurrentUser user) {
        return inbox.count(user.inboxGroupIds());
    }

    /**
     * 批量签收: signs several 签收配合任务 / 签收落实任务 of the user's bodies at once, each recorded as its own form
     * would; all or nothing (a refusal lists each refused task and why, and signs none).
     */
    @PostMapping("/api/inbox/acknowledgements")
    List<TaskActions.AcknowledgementResult> acknowledge(@AuthenticationPrincipal CurrentUser user,
                                                        @RequestBody Acknowledgements body) {
        return actions.acknowledge(body.taskIds(), body.comment(), user);
    }

    /** The projected task (item, period, role, due) for the task page; 404 for another body's task. */
    @GetMapping("/api/tasks/{id}")
    Inbox.Row task(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        TaskAccess.TaskRef task = access.visible(id, user);
        return inbox.row(task.id());
    }

    @PostMapping("/api/tasks/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        actions.claim(id, user);
    }

    @PostMapping("/api/tasks/{id}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        actions.unclaim(id, user);
    }

    @PostMapping("/api/tasks/{id}/delegate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delegate(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestBody Delegation body) {
        actions.delegate(id, body.userId(), user);
    }

    @GetMapping("/api/tasks/{id}/colleagues")
    List<Map<String, String>> colleagues(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return actions.colleagues(id, user);
    }

    @GetMapping("/api/tasks/{id}/comments")
    List<TaskActions.TaskComment> comments(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return actions.comments(id, user);
    }

    @PostMapping("/api/tasks/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    TaskActions.TaskComment comment(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                    @RequestBody NewComment body) {
        return actions.comment(id, body.message(), user);
    }

    @PostMapping("/api/tasks/{id}/extension")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void extension(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                   @RequestBody ExtensionRequest body) {
        actions.requestExtension(id, body.reason(), body.newDueDate(), user);
    }

    @GetMapping("/api/tasks/{id}/attachments")
    List<Attachments.Attachment> attachments(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return attachments.ofTask(id, user);
    }

    @PostMapping(path = "/api/tasks/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Attachments.Attachment upload(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                  @RequestParam(name = "file", required = false) MultipartFile file) {
        return attachments.upload(id, file, user);
    }

    @GetMapping("/api/attachments/{id}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                      @RequestParam(name = "task", required = false) String task) {
        Attachments.StoredFile file = attachments.download(id, task, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file.path()));
    }
}
