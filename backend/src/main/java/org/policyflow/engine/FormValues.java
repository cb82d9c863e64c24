package org.policyflow.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and checks the values a form submitted (Camunda Tasklist, PolicyFlow's workbench or a script), so the server
 * never trusts the form's own validation. Messages name the field as the form labels it. The one way every
 * completion listener reads a form.
 */
public final class FormValues {

    /** Exact decimals, so that no figure is rounded or underflows before it is checked. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(16);
    private static final int DECIMAL_PLACES = 4;
    private static final String JSON_FORMAT = "application/json";

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
        String text = value == null ? null : text(value, key, label).strip();
        if (text != null && text.length() > maxLength) {
            throw new SubmissionRejected(key, "「" + label + "」不能超过" + maxLength + "个字(现有" + text.length()
                    + "个字),未保存任何内容");
        }
        return text == null || text.isEmpty() ? null : text;
    }

    /**
     * A text as the form sends it: a string without control characters other than tab and line breaks (a NUL cuts
     * the text short in some readers and PostgreSQL refuses it; an escape sequence paints a terminal).
     */
    public static String text(Object value, String key, String label) {
        if (!(value instanceof String text)) {
            throw new SubmissionRejected(key, "「" + label + "」必须是文字,收到的是" + kind(value));
        }
        int index = controlCharacter(text);
        if (index >= 0) {
            throw new SubmissionRejected(key, "「" + label + "」含有不允许的控制字符(U+%04X),请删除后再提交"
                    .formatted((int) text.charAt(index)));
        }
        return text;
    }

    public String choice(String key, String label, Set<String> allowed) {
        Object value = scope.getVariable(key);
        if (!(value instanceof String text) || !allowed.contains(text)) {
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
        return number.intValueExact();
    }

    /** A date from a date field ("2025-11-20", or a date-time, read in Asia/Shanghai) or a Date. */
    public LocalDate date(String key, String label) {
        Object value = scope.getVariable(key);
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), EngineClock.ZONE);
        }
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            throw new SubmissionRejected(key, "请填写「" + label + "」");
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text).atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new SubmissionRejected(key, "「" + label + "」必须是日期(如2025-11-20):" + text);
        }
    }

    /** A date not before today (the {@link EngineClock}'s) and at most a year ahead. */
    public LocalDate futureDate(String key, String label, LocalDate today) {
        LocalDate date = date(key, label);
        if (date.isBefore(today)) {
            throw new SubmissionRejected(key, "「" + label + "」不能早于今天(" + today + "):" + date);
        }
        if (date.isAfter(today.plusYears(1))) {
            throw new SubmissionRejected(key, "「" + label + "」不能晚于一年以后:" + date);
        }
        return date;
    }

    /** Where the text has a control character other than tab and line breaks, or -1. */
    public static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A dynamic list of the form (Camunda Forms "dynamiclist"): JSON from Tasklist, or a list from Java. JSON is read
     * from the text as submitted (not from Spin's parsed copy), with exact decimals, so that 1e-999999999 is not
     * taken for 0.
     */
    public List<Map<String, Object>> rows(String key) {
        TypedValue typed = scope.getVariableTyped(key, false);
        try {
            String json;
            if (typed instanceof SerializableValue serializable && serializable.getValueSerialized() != null
                    && JSON_FORMAT.equals(serializable.getSerializationDataFormat())) {
                json = serializable.getValueSerialized();
            } else {
                Object value = typed == null ? null : typed.getValue();
                if (value == null) {
                    return List.of();
                }
                json = value instanceof SpinJsonNode node ? node.toString()
                        : value instanceof String text ? text : JSON.writeValueAsString(value);
            }
            List<Map<String, Object>> rows = JSON.readValue(json, new TypeReference<>() {
            });
            return rows == null ? List.of() : new ArrayList<>(rows);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SubmissionRejected(key, "「" + key + "」不是有效的列表(每行一个对象)");
        }
    }

    /** An id in a row of a dynamic list (报告期编号, 指标编号): a whole number above zero. */
    public static long id(Object value, String key, String label) {
        if (value instanceof Number && !(value instanceof Double || value instanceof Float)) {
            BigDecimal number = decimal((Number) value);
            if (number.signum() > 0 && number.stripTrailingZeros().scale() <= 0
                    && number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                return number.longValueExact();
            }
        }
        throw new SubmissionRejected(key, "「" + label + "」必须是正整数编号,收到的是" + shown(value));
    }

    /**
     * A figure reported for a target: a number not below zero.
     *
     * @return null if the field was left empty
     */
    public static BigDecimal nonNegative(Object value, String key, String label) {
        BigDecimal number = number(value, key, label);
        if (number != null && number.signum() < 0) {
            throw new SubmissionRejected(key, "「" + label + "」不能为负数:" + shown(value));
        }
        return number;
    }

    /**
     * A number field: a JSON number (never a string, list, object or boolean), finite, and one the reporting tables'
     * numeric(20, 4) columns hold exactly: below 10^16, at most four decimal places (nothing is rounded silently).
     */
    private static BigDecimal number(Object value, String key, String label) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw new SubmissionRejected(key, "「" + label + "」必须是数字,收到的是" + kind(value) + ":" + shown(value));
        }
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(number.doubleValue())) {
            throw new SubmissionRejected(key, "「" + label + "」必须是有限的数字,收到的是" + value);
        }
        BigDecimal decimal = decimal(number);
        if (decimal.abs().compareTo(LARGEST) >= 0) {
            throw new SubmissionRejected(key, "「" + label + "」超出允许范围(绝对值须小于10的16次方):" + shown(value));
        }
        if (decimal.stripTrailingZeros().scale() > DECIMAL_PLACES) {
            throw new SubmissionRejected(key, "「" + label + "」最多保留" + DECIMAL_PLACES + "位小数:" + shown(value));
        }
        return decimal;
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal exact) {
            return exact;
        }
        if (number instanceof BigInteger whole) {
            return new BigDecimal(whole);
        }
        if (number instanceof Double || number instanceof Float) {
            return new BigDecimal(number.toString());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /** What a value is, in the words of the form: for a message that names what was sent instead. */
    private static String kind(Object value) {
        if (value instanceof String) {
            return "文字";
        }
        if (value instanceof Boolean) {
            return "是/否";
        }
        if (value instanceof Number) {
            return "数字";
        }
        if (value instanceof Collection<?> || value instanceof SpinJsonNode node && node.isArray()) {
            return "列表";
        }
        return value == null ? "空值" : "对象";
    }

    /** A value as a message quotes it: never more than 40 characters (a number may have a billion digits). */
    private static String shown(Object value) {
        String text = value instanceof BigDecimal decimal ? decimal.toEngineeringString().length() > 40
                ? "(过长的数字)" : decimal.toEngineeringString() : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
