package dev.cdclab.lab;

import dev.cdclab.lab.dialect.BinlogDialect;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The lab's MySQL-compatible server with a row-based binlog: MariaDB 11.4 on the embedded
 * backend, MySQL 8.4 in containers. What differs between the two is in {@link #dialect()}.
 */
public interface BinlogDatabase extends SqlServer {
    BinlogDialect dialect();

    /** Over the dialect's JDBC URL, with bounded connect (5 s) and read (60 s) timeouts. */
    @Override
    default Connection open(String user, String password, String database) throws SQLException {
        return SqlServer.connect(dialect().jdbcUrl(endpoint(), database), user, password, "5000", "60000");
    }
}
