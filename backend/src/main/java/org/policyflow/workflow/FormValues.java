package org.policyflow.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and checks the values a form submitted (Camunda Tasklist, PolicyFlow's workbench or a script), so the server
 * never trusts the form's own validation. Messages name the field as the form labels it. The one way every
 * completion listener reads a form.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VariableScope scope;

    public FormValues(VariableScope scope) {
        this.scope = scope;
    }

    /** Who completed the task: the user logged in to Tasklist or the REST API, or null when the engine acts alone. */
    public static String submitter(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    public String requiredText(String key, String label, int maxLength) {
        return requiredText(key, label, 1, maxLength);
    }

    public String requiredText(String key, String label, int minLength, int maxLength) {
        String text = optionalText(key, label, maxLength);
        if (text == null) {
            throw new SubmissionRejected(key, "请填写「" + label + "」");
        }
        if (text.length() < minLength) {
            throw new SubmissionRejected(key, "「" + label + "」至少需要" + minLength + "个字");
        }
        return text;
    }

    public String optionalText(String key, String label, int maxLength) {
        Object value = scope.getVariable(key);
        String text = value == null ? null : value.toString().strip();
        if (text != null && text.length() > maxLength) {
            throw new SubmissionRejected(key, "「" + label + "」不能超过" + maxLength + "个字");
        }
        return text == null || text.isEmpty() ? null : text;
    }

    public String choice(String key, String label, Set<String> allowed) {
        Object value = scope.getVariable(key);
        if (value == null || !allowed.contains(value.toString())) {
            throw new SubmissionRejected(key, "「" + label + "」必须是以下之一:" + String.join("、", allowed.stream().sorted().toList()));
        }
        return value.toString();
    }

    public int integer(String key, String label, int min, int max) {
        BigDecimal number = number(scope.getVariable(key), key, label);
        if (number == null || number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new SubmissionRejected(key, "「" + label + "」必须是" + min + "到" + max + "之间的整数");
        }
        return number.intValue();
    }

    /** A date from a date field ("2025-11-20", or a date-time, read in Asia/Shanghai) or a Date. */
    public LocalDate date(String key, String label) {
        Object value = scope.getVariable(key);
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), EngineTime.ZONE);
        }
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            throw new SubmissionRejected(key, "请填写「" + label + "」");
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text).atZoneSameInstant(EngineTime.ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new SubmissionRejected(key, "「" + label + "」必须是日期(如2025-11-20):" + text);
        }
    }

    /** A date not before today and at most a year ahead. */
    public LocalDate futureDate(String key, String label) {
        LocalDate date = date(key, label);
        LocalDate today = EngineTime.now().toLocalDate();
        if (date.isBefore(today)) {
            throw new SubmissionRejected(key, "「" + label + "」不能早于今天(" + today + "):" + date);
        }
        if (date.isAfter(today.plusYears(1))) {
            throw new SubmissionRejected(key, "「" + label + "」不能晚于一年以后:" + date);
        }
        return date;
    }

    /** A dynamic list of the form (Camunda Forms "dynamiclist"): JSON from Tasklist, or a list from Java. */
    public List<Map<String, Object>> rows(String key) {
        Object value = scope.getVariable(key);
        if (value == null) {
            return List.of();
        }
        try {
            String json = value instanceof SpinJsonNode node ? node.toString()
                    : value instanceof String text ? text : JSON.writeValueAsString(value);
            List<Map<String, Object>> rows = JSON.readValue(json, new TypeReference<>() {
            });
            return rows == null ? List.of() : new ArrayList<>(rows);
        } catch (JsonProcessingException e) {
            throw new SubmissionRejected(key, "「" + key + "」不是有效的列表");
        }
    }

    /**
     * A figure reported for a target: a number not below zero.
     *
     * @return null if the field was left empty
     */
    public static BigDecimal nonNegative(Object value, String key, String label) {
        BigDecimal number = number(value, key, label);
        if (number != null && number.signum() < 0) {
            throw new SubmissionRejected(key, "「" + label + "」不能为负数:" + value);
        }
        return number;
    }

    private static BigDecimal number(Object value, String key, String label) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new SubmissionRejected(key, "「" + label + "」必须是数字:" + value);
        }
    }
}
