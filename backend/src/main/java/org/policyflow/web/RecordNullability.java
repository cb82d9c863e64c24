package org.policyflow.web;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Says in the API description what a record's fields hold: each component is required (Jackson writes every one,
 * a null one as null; a request that leaves one out gets null), and one annotated {@link Nullable} may be null
 * ({@code type: [..., "null"]} in OpenAPI 3.1), the others never are. The web client's generated types follow, so a
 * page has to handle null exactly where the server may send it.
 */
@Component
class RecordNullability implements ModelConverter {

    private static final String NULL = "null";
    private static final String OBJECT = "object";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema == null || !raw.isRecord()) {
            return schema;
        }
        Schema<?> model = schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model != null && model.getProperties() != null) {
            describe(model, components(raw), context);
        }
        return schema;
    }

    private static void describe(Schema<?> model, Map<String, RecordComponent> components,
            ModelConverterContext context) {
        Map<String, Schema> properties = model.getProperties();
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
            RecordComponent component = components.get(property.getKey());
            if (component == null) {
                continue;
            }
            if (component.getAccessor().isAnnotationPresent(Nullable.class)) {
                property.setValue(orNull(property.getValue(), context));
            }
            if (model.getRequired() == null || !model.getRequired().contains(property.getKey())) {
                model.addRequiredItem(property.getKey());
            }
        }
    }

    /** The record's components by JSON name, with those of a component Jackson writes unwrapped. */
    private static Map<String, RecordComponent> components(Class<?> record) {
        Map<String, RecordComponent> components = new HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class) && component.getType().isRecord()) {
                components.putAll(components(component.getType()));
            } else {
                components.put(component.getName(), component);
            }
        }
        return components;
    }

    /**
     * The property, null allowed. swagger-core adds null to a simple type of a component named {@code @Nullable}
     * itself, but for a record it puts null on the record's own schema ({@code type: "null"}) instead of the
     * reference: that is undone here, and the reference becomes {@code anyOf: [record, null]}.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> orNull(Schema<?> property, ModelConverterContext context) {
        if (property.getAnyOf() != null || property.getTypes() != null && property.getTypes().contains(NULL)) {
            return property; // described already
        }
        if (property.get$ref() != null) {
            String ref = property.get$ref();
            Schema<?> target = context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
            if (target != null && target.getTypes() != null && target.getTypes().remove(NULL)) {
                target.addType(OBJECT);
            }
            return new Schema().anyOf(List.of(new Schema().$ref(ref), new Schema().types(Set.of(NULL))));
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        types.add(NULL);
        property.setTypes(types);
        return property;
    }
}
