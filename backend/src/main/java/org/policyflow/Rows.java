package org.policyflow;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.BeanUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.ClassUtils;

/**
 * Reads rows into records: each component from the column of the same name, planId from plan_id or from an alias
 * planId. The one way to map a row to a record (RowMappingTest). Spring's mappers ({@code query(Record.class)},
 * DataClassRowMapper) ask the result set for a column "planId" and, when it is plan_id, H2 answers with an exception
 * that it also writes with its stack trace to its trace file, once per such column and row: a search answer of 50
 * items spent 70 ms on it (docs/BENCHMARKS.md §11). This mapper looks only at the columns the result set has.
 */
public final class Rows {

    private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();
    private static final ConversionService CONVERSION = DefaultConversionService.getSharedInstance();

    private Rows() {
    }

    /** The mapper of a record type: each component from its column, converted where the types differ. */
    @SuppressWarnings("unchecked")
    public static <T> RowMapper<T> of(Class<T> record) {
        return (RowMapper<T>) MAPPERS.computeIfAbsent(record, RecordMapper::new);
    }

    private static String key(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static final class RecordMapper<T> implements RowMapper<T> {

        private final Class<T> record;
        private final Constructor<T> constructor;
        private final String[] names;
        private final Class<?>[] types;

        RecordMapper(Class<T> record) {
            if (!record.isRecord()) {
                throw new IllegalArgumentException(record.getName() + " is not a record");
            }
            RecordComponent[] components = record.getRecordComponents();
            this.record = record;
            this.names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
            this.types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                this.constructor = record.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(record.getName() + " has no canonical constructor", e);
            }
            this.constructor.setAccessible(true);
        }

        @Override
        public T mapRow(ResultSet rs, int rowNum) throws SQLException {
            ResultSetMetaData columns = rs.getMetaData();
            Map<String, Integer> indexes = new HashMap<>();
            for (int index = columns.getColumnCount(); index >= 1; index--) {
                indexes.put(key(JdbcUtils.lookupColumnName(columns, index)), index);
            }
            Object[] values = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                Integer index = indexes.get(key(names[i]));
                if (index == null) {
                    throw new IllegalStateException("no column for " + record.getSimpleName() + "." + names[i]);
                }
                values[i] = value(rs, index, types[i]);
            }
            return BeanUtils.instantiateClass(constructor, values);
        }

        private static Object value(ResultSet rs, int index, Class<?> type) throws SQLException {
            // an enum is stored as its name; JdbcUtils would ask the driver for the enum type itself
            Object value = type.isEnum() ? rs.getString(index) : JdbcUtils.getResultSetValue(rs, index, type);
            if (value == null || ClassUtils.resolvePrimitiveIfNecessary(type).isInstance(value)) {
                return value;
            }
            return CONVERSION.convert(value, type);
        }
    }
}
