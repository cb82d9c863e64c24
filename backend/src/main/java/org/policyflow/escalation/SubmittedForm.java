package org.policyflow.escalation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.policyflow.workflow.EngineTime;
import org.policyflow.workflow.SubmissionRejected;

/**
 * The values a user submitted with an escalation form, checked again on the server: Tasklist's checks run in the
 * browser and the engine REST API accepts any variables.
 */
final class SubmittedForm {

    private final DelegateTask task;

    SubmittedForm(DelegateTask task) {
        this.task = task;
    }

    /** Who completed the task: the user logged in to Tasklist or the REST API, or null for an internal call. */
    String currentUser() {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    String requiredText(String key, String label, int minLength, int maxLength) {
        String text = optionalText(key, label, maxLength);
        if (text == null) {
            throw new SubmissionRejected(key, label + "(" + key + ")不能为空");
        }
        if (text.length() < minLength) {
            throw new SubmissionRejected(key, label + "(" + key + ")至少需要 " + minLength + " 个字");
        }
        return text;
    }

    String optionalText(String key, String label, int maxLength) {
        Object value = task.getVariable(key);
        if (value != null && !(value instanceof String)) {
            throw new SubmissionRejected(key, label + "(" + key + ")应为文字");
        }
        String text = value == null ? null : ((String) value).strip();
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new SubmissionRejected(key,
                    label + "(" + key + ")不能超过 " + maxLength + " 个字,现为 " + text.length() + " 个字");
        }
        return text;
    }

    String oneOf(String key, String label, Set<String> allowed) {
        Object value = task.getVariable(key);
        if (value == null || !allowed.contains(value.toString())) {
            throw new SubmissionRejected(key, label + "(" + key + ")必须是以下之一:" + String.join("、", allowed));
        }
        return value.toString();
    }

    /** A date from a date field ("2025-11-20", or a date-time) or a Date, not before today and at most a year ahead. */
    LocalDate futureDate(String key, String label) {
        Object value = task.getVariable(key);
        LocalDate date = parseDate(key, label, value);
        LocalDate today = EngineTime.now().toLocalDate();
        if (date.isBefore(today)) {
            throw new SubmissionRejected(key, label + "(" + key + ")不能早于今天(" + today + "):" + date);
        }
        if (date.isAfter(today.plusYears(1))) {
            throw new SubmissionRejected(key, label + "(" + key + ")不能晚于一年以后:" + date);
        }
        return date;
    }

    private static LocalDate parseDate(String key, String label, Object value) {
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), EngineTime.ZONE);
        }
        if (value instanceof String text && !text.isBlank()) {
            String trimmed = text.strip();
            try {
                return trimmed.length() <= 10 ? LocalDate.parse(trimmed)
                        : OffsetDateTime.parse(trimmed).atZoneSameInstant(EngineTime.ZONE).toLocalDate();
            } catch (DateTimeParseException e) {
                throw new SubmissionRejected(key, label + "(" + key + ")不是有效日期(应为 2025-11-20 格式):" + trimmed);
            }
        }
        throw new SubmissionRejected(key, label + "(" + key + ")不能为空");
    }
}
