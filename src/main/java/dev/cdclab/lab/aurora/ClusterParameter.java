package dev.cdclab.lab.aurora;

/**
 * One entry of {@code aws rds modify-db-cluster-parameter-group --parameters}:
 * {@code {"ParameterName": "binlog_checksum", "ParameterValue": "CRC32", "ApplyMethod": "immediate"}}.
 */
public record ClusterParameter(String name, String value, String applyMethod) {
    public static final String IMMEDIATE = "immediate";
    public static final String PENDING_REBOOT = "pending-reboot";
}
