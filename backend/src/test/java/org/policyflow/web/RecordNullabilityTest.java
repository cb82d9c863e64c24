package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.lang.Nullable;

/** What the API description says of a record's fields: all present, null only where the record says so. */
class RecordNullabilityTest {

    record Part(String name) {
    }

    /** Referred to by a nullable component only. */
    record Aside(String text) {
    }

    record Whole(long id, String title, @Nullable String note, @Nullable Part optional, Part part,
                 List<Part> parts, @Nullable Aside aside) {
    }

    record Wrapper(@JsonUnwrapped Whole whole, @Nullable Long extra) {
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> describe(Class<?> type) {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new RecordNullability());
        return converters.readAll(new AnnotatedType(type));
    }

    @Test
    void everyComponentIsRequiredAndOnlyTheNullableOnesMayBeNull() {
        Schema<?> whole = describe(Whole.class).get("Whole");

        assertThat(whole.getRequired()).containsExactlyInAnyOrder("id", "title", "note", "optional", "part", "parts",
                "aside");
        assertThat(((Schema<?>) whole.getProperties().get("title")).getTypes()).containsExactly("string");
        assertThat(((Schema<?>) whole.getProperties().get("note")).getTypes()).containsExactlyInAnyOrder("string",
                "null");
        Schema<?> optional = (Schema<?>) whole.getProperties().get("optional");
        assertThat(optional.getAnyOf()).extracting(Schema::get$ref).contains("#/components/schemas/Part");
        assertThat(optional.getAnyOf()).extracting(Schema::getTypes).contains(Set.of("null"));
        assertThat(((Schema<?>) whole.getProperties().get("part")).get$ref()).isEqualTo("#/components/schemas/Part");
        Schema<?> part = describe(Whole.class).get("Part");
        assertThat(part.getRequired()).containsExactly("name");
        assertThat(part.getTypes()).containsExactly("object");
        Schema<?> aside = (Schema<?>) whole.getProperties().get("aside");
        assertThat(aside.getAnyOf()).extracting(Schema::get$ref).contains("#/components/schemas/Aside");
        assertThat(describe(Whole.class).get("Aside").getTypes()).as("the record's own schema stays an object")
                .containsExactly("object");
    }

    @Test
    void theComponentsOfAnUnwrappedRecordAreDescribedInTheWrapper() {
        Schema<?> wrapper = describe(Wrapper.class).get("Wrapper");

        assertThat(wrapper.getRequired()).contains("id", "note", "extra");
        assertThat(((Schema<?>) wrapper.getProperties().get("note")).getTypes()).contains("null");
        assertThat(((Schema<?>) wrapper.getProperties().get("extra")).getTypes()).contains("null");
        assertThat(((Schema<?>) wrapper.getProperties().get("id")).getTypes()).doesNotContain("null");
    }
}
