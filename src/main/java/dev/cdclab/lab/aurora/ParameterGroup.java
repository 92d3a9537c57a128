package dev.cdclab.lab.aurora;

import dev.cdclab.lab.ServerOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A DB cluster parameter group after {@code modify-db-cluster-parameter-group}, as Aurora MySQL 3
 * would take it: the call is refused as a whole, with AWS's error, if one parameter is unknown, has
 * a value AWS does not accept, or asks a static parameter to apply {@code immediate}ly. Accepted
 * static parameters are {@code pending-reboot}: the simulated writer starts with them, as after a
 * reboot. Without a {@code binlog_format} (Aurora's default is {@code OFF}) the writer writes no binlog.
 *
 * <pre>{@code
 * ParameterGroup group = ParameterGroup.modify(parameters);
 * if (group.refusal().isEmpty()) { ServerOptions writer = group.writerOptions(); }
 * }</pre>
 */
public final class ParameterGroup {
    /** Aurora MySQL 3's default cluster group: binary logging off, the row image and metadata defaults of MySQL 8.0. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "binlog_format", "OFF", "binlog_row_image", "FULL", "binlog_row_metadata", "MINIMAL",
            "gtid-mode", "OFF", "enforce_gtid_consistency", "OFF");

    private final Map<String, String> values;
    private final java.util.Set<String> modified;
    private final String refusal;

    private ParameterGroup(Map<String, String> values, java.util.Set<String> modified, String refusal) {
        this.values = values;
        this.modified = modified;
        this.refusal = refusal;
    }

    /** The default group modified by {@code parameters}, or the default group and AWS's refusal. */
    public static ParameterGroup modify(List<ClusterParameter> parameters) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        List<String> problems = new ArrayList<>();
        for (ClusterParameter parameter : parameters) {
            Optional<AuroraParameters.Definition> known = AuroraParameters.find(parameter.name());
            if (known.isEmpty()) {
                problems.add("InvalidParameterValue: Could not find parameter with name: " + parameter.name());
                continue;
            }
            AuroraParameters.Definition definition = known.get();
            String method = parameter.applyMethod() == null ? "" : parameter.applyMethod().trim().toLowerCase(Locale.ROOT);
            if (!method.equals(ClusterParameter.IMMEDIATE) && !method.equals(ClusterParameter.PENDING_REBOOT)) {
                problems.add("InvalidParameterValue: Invalid apply method " + parameter.applyMethod() + " for " + parameter.name()
                        + " (immediate or pending-reboot)");
            } else if (definition.isStatic() && method.equals(ClusterParameter.IMMEDIATE)) {
                problems.add("InvalidParameterCombination: cannot use immediate apply method for static parameter "
                        + parameter.name());
            }
            String value = parameter.value() == null ? "" : parameter.value().trim();
            if (!definition.accepts(value)) {
                problems.add("InvalidParameterValue: Value: " + value + " is not allowed for: " + parameter.name());
            }
            values.put(definition.name(), value.toUpperCase(Locale.ROOT));
        }
        if (!problems.isEmpty()) {
            return new ParameterGroup(new LinkedHashMap<>(DEFAULTS), java.util.Set.of(), String.join("\n", problems));
        }
        java.util.Set<String> modified = new java.util.HashSet<>();
        parameters.forEach(p -> AuroraParameters.find(p.name()).ifPresent(d -> modified.add(d.name())));
        return new ParameterGroup(values, modified, null);
    }

    /** AWS's error if it refused the modification (then the default group applies). */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** Whether the accepted modification set {@code name} itself (rather than leaving the default). */
    public boolean isSet(String name) {
        return AuroraParameters.find(name).map(d -> modified.contains(d.name())).orElse(false);
    }

    /** The group's value of {@code name} (Aurora's spelling, or {@code gtid_mode}). */
    public String value(String name) {
        return AuroraParameters.find(name).map(d -> values.getOrDefault(d.name(), "")).orElse("");
    }

    /**
     * The writer's server options after a reboot with this group: a binlog named like Aurora's
     * ({@code mysql-bin-changelog}) unless {@code binlog_format} is {@code OFF}, and each parameter
     * that has a server option.
     */
    public ServerOptions writerOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        boolean binlog = !"OFF".equals(values.get("binlog_format"));
        if (binlog) {
            options.put("log_bin", "mysql-bin-changelog");
        }
        values.forEach((name, value) -> AuroraParameters.find(name)
                .map(AuroraParameters.Definition::serverOption)
                .filter(option -> binlog || !option.equals("binlog_format"))
                .ifPresent(option -> options.put(option, value)));
        return new ServerOptions(options);
    }
}
