package dev.cdclab.lab.aurora;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The DB cluster parameters of Aurora MySQL 3 the simulated cluster knows: the binlog and GTID
 * parameters lesson 03 is about, and a few neighbours students meet. Each is static (applied at the
 * next reboot only) or dynamic, with the values AWS accepts, and the server option the simulated
 * writer gets for it ({@code null}: the parameter exists in Aurora but the simulation has no server
 * option for it; it is recorded and graded from the group alone).
 */
public final class AuroraParameters {
    /** What the simulation knows of one parameter. */
    public record Definition(String name, boolean isStatic, List<String> values, String serverOption) {
        public boolean accepts(String value) {
            return values.isEmpty() ? value.matches("[0-9]{1,10}") : values.contains(value.toUpperCase(Locale.ROOT));
        }
    }

    private static final Map<String, Definition> KNOWN = Map.ofEntries(
            known("binlog_format", true, List.of("ROW", "STATEMENT", "MIXED", "OFF"), "binlog_format"),
            known("binlog_row_image", false, List.of("FULL", "MINIMAL", "NOBLOB"), "binlog_row_image"),
            known("binlog_row_metadata", false, List.of("FULL", "MINIMAL"), "binlog_row_metadata"),
            known("gtid-mode", true, List.of("OFF", "OFF_PERMISSIVE", "ON_PERMISSIVE", "ON"), null),
            known("enforce_gtid_consistency", true, List.of("OFF", "ON", "WARN"), null),
            known("binlog_checksum", false, List.of("NONE", "CRC32"), "binlog_checksum"),
            known("binlog_row_value_options", false, List.of("", "PARTIAL_JSON"), null),
            known("binlog_transaction_compression", false, List.of("ON", "OFF"), null),
            known("aurora_enhanced_binlog", true, List.of("0", "1"), null),
            known("binlog_backup", true, List.of("0", "1"), null),
            known("binlog_replication_globaldb", true, List.of("0", "1"), null),
            known("max_binlog_size", false, List.of(), "max_binlog_size"));

    private AuroraParameters() {
    }

    private static Map.Entry<String, Definition> known(String name, boolean isStatic, List<String> values, String option) {
        return Map.entry(name, new Definition(name, isStatic, values, option));
    }

    /** The parameter named {@code name}; {@code gtid_mode} is found under Aurora's spelling {@code gtid-mode}. */
    public static Optional<Definition> find(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(KNOWN.getOrDefault(key, KNOWN.get(key.replace('_', '-'))));
    }
}
