package dev.cdclab.submission;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;

/**
 * Reads a student's JSON artifact strictly, the way a student needs to hear about mistakes: the
 * line and column of a syntax error, a key written twice, trailing content.
 */
final class StrictJson {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {
    }

    static JsonNode read(String artifact, String text) {
        if (text.isBlank()) {
            throw CheckFailure.of(Text.of("connector.json.empty", artifact));
        }
        try {
            return STRICT.readTree(text);
        } catch (JsonParseException e) {
            var location = e.getLocation();
            String reason = e.getOriginalMessage();
            boolean duplicate = reason != null && reason.startsWith("Duplicate field");
            throw CheckFailure.of(Text.of(duplicate ? "connector.json.duplicate" : "connector.json.syntax",
                            artifact, String.valueOf(location.getLineNr()), String.valueOf(location.getColumnNr())))
                    .observed(Text.verbatim(reason))
                    .hint(Text.of(duplicate ? "connector.json.duplicate.hint" : "connector.json.syntax.hint"));
        } catch (JsonProcessingException e) {
            throw CheckFailure.of(Text.of("connector.json.syntax", artifact,
                            String.valueOf(e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
                            String.valueOf(e.getLocation() == null ? 0 : e.getLocation().getColumnNr())))
                    .observed(Text.verbatim(e.getOriginalMessage()))
                    .hint(Text.of("connector.json.syntax.hint"));
        }
    }
}
