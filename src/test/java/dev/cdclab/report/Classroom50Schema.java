package dev.cdclab.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Classroom 50's {@code classroom50/result/v1} schema as its repository publishes it
 * ({@code schemas/result-v1.schema.json}, kept in test resources), read by networknt's validator
 * for JSON Schema draft 2020-12.
 */
public final class Classroom50Schema {
    private static final JsonSchema SCHEMA = load();

    private Classroom50Schema() {
    }

    /** What of {@code result} the schema refuses; empty when it fits. */
    public static Set<ValidationMessage> violations(JsonNode result) {
        return SCHEMA.validate(result);
    }

    private static JsonSchema load() {
        try (InputStream schema = Classroom50Schema.class.getResourceAsStream("/classroom50/result-v1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
