package dev.cdclab.submission;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.aurora.ClusterParameter;
import java.util.ArrayList;
import java.util.List;

/**
 * A DB cluster parameter group modification as the AWS CLI takes it: the list that
 * {@code --parameters file://...} reads, or the {@code --cli-input-json} object with a
 * {@code "Parameters"} list. Each entry needs {@code ParameterName}, {@code ParameterValue} and
 * {@code ApplyMethod}, as strings.
 */
public final class ParameterGroupFile {
    /** Far more than a cluster group modification may hold in one call (AWS: 20). */
    static final int MAX_PARAMETERS = 20;

    private ParameterGroupFile() {
    }

    public static List<ClusterParameter> parse(String artifact, JsonNode root) {
        JsonNode list = root.isObject() ? root.path("Parameters") : root;
        if (!list.isArray()) {
            throw CheckFailure.of(Text.of("aurora.group.shape", artifact)).hint(Text.of("hint.aurora.group.shape"));
        }
        if (list.size() > MAX_PARAMETERS) {
            throw CheckFailure.of(Text.of("aurora.group.too-many", artifact, String.valueOf(list.size()), String.valueOf(MAX_PARAMETERS)))
                    .hint(Text.of("hint.aurora.group.shape"));
        }
        List<ClusterParameter> parameters = new ArrayList<>();
        for (JsonNode entry : list) {
            String name = text(entry, "ParameterName");
            String value = text(entry, "ParameterValue");
            String method = text(entry, "ApplyMethod");
            if (name == null || value == null || method == null) {
                throw CheckFailure.of(Text.of("aurora.group.entry", artifact, String.valueOf(parameters.size() + 1), abbreviated(entry.toString())))
                        .hint(Text.of("hint.aurora.group.shape"));
            }
            parameters.add(new ClusterParameter(name, value, method));
        }
        return parameters;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static String abbreviated(String json) {
        return json.length() > 120 ? json.substring(0, 117) + "..." : json;
    }
}
