package org.policyflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Object variables hold only the types PolicyFlow itself stores: lists and maps of plain values (department ids,
 * DMN results), which Camunda's default deserialization validator allows (java.lang and the java.util
 * collections), so no further package or class is allowed. A variable whose objectTypeName names any other class
 * (java.io.File, a gadget class) is refused when it is set, with 400 and a Chinese message, instead of being
 * stored and instantiated when read; one stored before is refused when read. Java serialization stays off, and a
 * Java-serialized value is refused with 400 too (the engine's own refusal, ENGINE-17007, would answer 500).
 */
@Component
class TypedVariablesOnly extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationAllowedPackages(null);
        configuration.setDeserializationAllowedClasses(null);
        List<TypedValueSerializer> serializers = new ArrayList<>();
        // first, so that the engine picks it over Spin's JSON serializer for the values it claims
        serializers.add(new RefusedObjectTypes(configuration));
        if (configuration.getCustomPreVariableSerializers() != null) {
            serializers.addAll(configuration.getCustomPreVariableSerializers());
        }
        configuration.setCustomPreVariableSerializers(serializers);
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withRefusal(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withRefusal(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withRefusal(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = new ArrayList<>(interceptors == null ? List.of() : interceptors);
        all.add(new JavaSerializationRefusal());
        return all;
    }

    /** Outside the transaction: the command has been rolled back when the caller's mistake is rethrown as one. */
    static final class JavaSerializationRefusal extends CommandInterceptor {

        private static final String PROHIBITED = "ENGINE-17007";

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(PROHIBITED)) {
                    throw new BadUserRequestException("不接受 Java 序列化的变量（application/x-java-serialized-object）："
                            + "请以 JSON 或基本类型提交", e);
                }
                throw e;
            }
        }
    }

    /**
     * Claims exactly the serialized Object values whose type the validator refuses, and refuses to write them. It
     * never writes anything, so no stored variable ever names it.
     */
    static final class RefusedObjectTypes implements TypedValueSerializer<ObjectValue> {

        private static final Pattern TYPE_SEPARATORS = Pattern.compile("[<>,\\[\\]\\s?]+");
        private static final String JSON = "application/json";

        private final ProcessEngineConfigurationImpl configuration;

        RefusedObjectTypes(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public boolean canHandle(TypedValue value) {
            return value instanceof ObjectValue object && !object.isDeserialized()
                    && JSON.equals(object.getSerializationDataFormat()) && object.getObjectTypeName() != null
                    && !allowed(object.getObjectTypeName());
        }

        /** Every class a (generic) type name mentions, e.g. java.util.ArrayList&lt;java.lang.String&gt;. */
        private boolean allowed(String typeName) {
            for (String className : TYPE_SEPARATORS.split(typeName)) {
                if (!className.isEmpty() && !configuration.getDeserializationTypeValidator().validate(className)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void writeValue(ObjectValue value, ValueFields fields) {
            throw new BadUserRequestException("变量「" + fields.getName() + "」的对象类型「" + value.getObjectTypeName()
                    + "」不允许：对象变量只能是字符串、数字等基本值的列表和映射");
        }

        @Override
        public String getName() {
            return "policyflow-refused-object-types";
        }

        @Override
        public ValueType getType() {
            return ValueType.OBJECT;
        }

        @Override
        public String getSerializationDataformat() {
            return JSON;
        }

        @Override
        public ObjectValue readValue(ValueFields fields, boolean deserialize, boolean isTransient) {
            throw new UnsupportedOperationException("never written");
        }

        @Override
        public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
            throw new UnsupportedOperationException("handles only typed Object values");
        }

        @Override
        public boolean isMutableValue(ObjectValue value) {
            return false;
        }
    }
}
