package dev.cdclab.lab;

import dev.cdclab.lab.dialect.BinlogDialect;

/**
 * The lab's MySQL-compatible server with a row-based binlog: MariaDB 11.4 on the embedded
 * backend, MySQL 8.4 in containers. What differs between the two is in {@link #dialect()}.
 */
public interface BinlogDatabase extends SqlServer {
    BinlogDialect dialect();
}
