package dev.cdclab.lab.aurora;

/**
 * One entry of {@code aws rds modify-db-cluster-parameter-group --parameters}:
 * {@code {"ParameterName": "binlog_format", "ParameterValue": "ROW", "ApplyMethod": "pending-reboot"}}.
 */
public record ClusterParameter(String name, String value, String applyMethod) {
    public static final String IMMEDIATE = "immediate";
    public static final String PENDING_REBOOT = "pending-reboot";
}
