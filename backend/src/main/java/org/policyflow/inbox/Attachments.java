package org.policyflow.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.policyflow.PolicyFlowProperties;
import org.policyflow.engine.EngineClock;
import org.policyflow.identity.CurrentUser;
import org.policyflow.identity.UserNames;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files (佐证材料) of a task. Stored under {data-dir}/attachments with a random name; the user's file name
 * is kept only for display. A file is accepted when its extension is one of pdf, jpg, png, docx, xlsx and its first
 * bytes are that format's signature.
 */
@Service
class Attachments {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Characters, well below pf_task_attachment.file_name (255) and what Windows and macOS accept. */
    static final int MAX_NAME = 200;
    static final String TOO_LONG = "文件名不能超过 " + MAX_NAME + " 个字,请改短后再上传";
    static final String CONTROL_CHARACTERS = "文件名含有控制字符(如 \\0、换行),请改名后再上传";
    private static final String RESERVED = "<>:\"|?*";

    /** @param uploadedByName the uploader's name to show (uploadedBy is the login) */
    record Attachment(long id, String taskId, String fileName, String contentType, long size, String uploadedBy,
                      String uploadedByName, OffsetDateTime uploadedAt) {

        Attachment named(Map<String, String> names) {
            return new Attachment(id, taskId, fileName, contentType, size, uploadedBy, names.get(uploadedBy),
                    uploadedAt);
        }
    }

    record StoredFile(Attachment attachment, Path path) {
    }

    private record Kind(String contentType, byte[] signature) {
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", "%PDF-".getBytes()),
            "jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "png", new Kind("image/png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP));

    private final JdbcClient jdbc;
    private final TaskAccess access;
    private final Path folder;
    private final EngineClock clock;
    private final UserNames userNames;

    Attachments(JdbcClient jdbc, TaskAccess access, PolicyFlowProperties properties, EngineClock clock,
                UserNames userNames) {
        this.userNames = userNames;
        this.jdbc = jdbc;
        this.access = access;
        this.folder = properties.dataDir().resolve("attachments").toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Transactional
    Attachment upload(String taskId, MultipartFile file, CurrentUser user) {
        TaskAccess.TaskRef task = access.open(taskId, user);
        if (file == null || file.isEmpty()) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "请选择要上传的文件(file)");
        }
        if (file.getSize() > MAX_BYTES) {
            throw TaskAccess.problem(HttpStatus.PAYLOAD_TOO_LARGE, "文件不能超过 10 MB");
        }
        String fileName = checkedFileName(file.getOriginalFilename());
        String extension = extension(fileName);
        Kind kind = KINDS.get(extension);
        if (kind == null) {
            throw TaskAccess.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "只能上传 pdf、jpg、png、docx、xlsx 文件:" + fileName);
        }
        if (!startsWith(file, kind.signature())) {
            throw TaskAccess.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "文件内容不是 " + extension + " 格式:" + fileName);
        }
        String storedName = UUID.randomUUID() + "." + extension;
        Path target = folder.resolve(storedName);
        try (InputStream in = file.getInputStream()) {
            Files.createDirectories(folder);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteOnRollback(target);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into pf_task_attachment (task_id, item_id, period_id, department_id, file_name, content_type,
                    size_bytes, stored_name, uploaded_by, uploaded_at)
                values (:task, :item, :period, :department, :name, :type, :size, :stored, :by, :at)""")
                .param("task", taskId).param("item", task.itemId()).param("period", task.periodId())
                .param("department", task.departmentId()).param("name", fileName).param("type", kind.contentType())
                .param("size", file.getSize()).param("stored", storedName).param("by", user.userId())
                .param("at", Timestamp.from(now))
                .update();
        long id = jdbc.sql("select id from pf_task_attachment where stored_name = :stored")
                .param("stored", storedName).query(Long.class).single();
        return new Attachment(id, taskId, fileName, kind.contentType(), file.getSize(), user.userId(),
                user.displayName(), now.atZone(EngineClock.ZONE).toOffsetDateTime());
    }

    /** The evidence of the task's item and period, from every task of it (the reviewer sees the lead's files). */
    @Transactional(readOnly = true)
    List<Attachment> ofTask(String taskId, CurrentUser user) {
        TaskAccess.TaskRef task = access.visible(taskId, user);
        if (task.itemId() == null) {
            return select("task_id = :task", Map.of("task", taskId));
        }
        return task.periodId() == null
                ? select("item_id = :item and period_id is null", Map.of("item", task.itemId()))
                : select("item_id = :item and period_id = :period",
                        Map.of("item", task.itemId(), "period", task.periodId()));
    }

    /**
     * A file for download: by members of the body that uploaded it, by the coordinating office, and by whoever may see
     * a task of the same item and period (the lead compiling the report opens its contributors' evidence from its
     * task, the way {@link #ofTask} lists it).
     */
    @Transactional(readOnly = true)
    StoredFile download(long id, @Nullable String fromTask, CurrentUser user) {
        TaskAccess.TaskRef task = fromTask == null ? null : access.visible(fromTask, user);
        return jdbc.sql("select department_id, stored_name, item_id, period_id from pf_task_attachment where id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredRow(String.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, Long.class), rs.getObject(4, Long.class)))
                .optional()
                .filter(row -> user.isCoordinator() || user.departmentIds().contains(row.departmentId())
                        || row.sameEvidenceAs(task))
                .map(row -> new StoredFile(select("id = :id", Map.of("id", id)).get(0), folder.resolve(row.storedName())))
                .orElseThrow(() -> TaskAccess.problem(HttpStatus.NOT_FOUND, "附件不存在,或您无权查看"));
    }

    private record StoredRow(String departmentId, String storedName, @Nullable Long itemId, @Nullable Long periodId) {

        boolean sameEvidenceAs(@Nullable TaskAccess.TaskRef task) {
            return task != null && itemId != null && itemId.equals(task.itemId())
                    && Objects.equals(periodId, task.periodId());
        }
    }

    private List<Attachment> select(String where, Map<String, ?> params) {
        List<Attachment> attachments = jdbc.sql("""
                select id, task_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                from pf_task_attachment where %s order by uploaded_at, id""".formatted(where))
                .params(params)
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), null, rs.getObject(7, OffsetDateTime.class)))
                .list();
        Map<String, String> names = userNames.of(attachments.stream().map(Attachment::uploadedBy).toList());
        return attachments.stream().map(attachment -> attachment.named(names)).toList();
    }

    /**
     * The name as the user gave it, or 400: a name is shown to other bodies and offered for download, so it may not
     * carry a path, control characters (a NUL hides the real extension: "a.html\0.pdf"), or direction overrides
     * ("报告\u202Efdp.exe" reads as 报告exe.pdf); nothing is renamed silently.
     */
    static String checkedFileName(String original) {
        String name = original == null ? "" : original.strip();
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "文件名不能包含路径(“/”或“\\”):请只给文件本身的名字");
        }
        if (name.isEmpty() || name.startsWith(".")) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "请给文件一个文件名(不能为空,也不能以“.”开头)");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, TOO_LONG);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                throw TaskAccess.problem(HttpStatus.BAD_REQUEST, CONTROL_CHARACTERS);
            }
            if (Character.getType(c) == Character.FORMAT) {
                throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "文件名含有改变文字方向或不可见的格式字符(U+%04X),请改名后再上传"
                        .formatted((int) c));
            }
            if (RESERVED.indexOf(c) >= 0) {
                throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "文件名不能包含 " + RESERVED + " 这些字符");
            }
        }
        return name;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(MultipartFile file, byte[] signature) {
        try (InputStream in = file.getInputStream()) {
            return Arrays.equals(in.readNBytes(signature.length), signature);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteOnRollback(Path file) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(file);
                        } catch (IOException ignored) {
                            // an orphaned random-named file is harmless; the row is what lists it
                        }
                    }
                }
            });
        }
    }
}
