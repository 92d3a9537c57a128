package dev.cdclab.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading back the JSON the graders' formats write: field names in order, one field of every element. */
final class JsonFields {
    private JsonFields() {
    }

    /** The object's field names, in the order they were written. */
    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** {@code field} of every element of {@code array}: text as it is, anything else as JSON ({@code ["L04"]}). */
    static List<String> each(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(field).isTextual() ? element.get(field).asText() : element.get(field).toString()));
        return values;
    }
}
