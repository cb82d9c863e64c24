package org.policyflow.inbox;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * A text field of a request that takes only a JSON string. Jackson would turn 12 or true into "12" and "true"; a
 * comment or a reason sent as a number is a mistake of the caller and is refused with 400 instead.
 */
public final class TextOnly extends StdDeserializer<String> {

    private static final long serialVersionUID = 1L;

    TextOnly() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        return (String) context.handleUnexpectedToken(String.class, parser);
    }
}
