package dev.cdclab.lessons;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.InfrastructureException;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.SqlServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A server's global variables as it runs (read by the administrator), asserted one by one. */
final class ServerVariables {
    private final Map<String, String> values;

    private ServerVariables(Map<String, String> values) {
        this.values = values;
    }

    static ServerVariables of(SqlServer server) {
        Map<String, String> values = new HashMap<>();
        try (Connection connection = server.openAdmin(""); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW GLOBAL VARIABLES")) {
            while (rows.next()) {
                values.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new InfrastructureException("could not read the variables of " + server.endpoint() + ": " + e.getMessage(), e);
        }
        return new ServerVariables(values);
    }

    /** The variable's value, or {@code —} when the server has no such variable. */
    String value(String name) {
        return values.getOrDefault(name, "—");
    }

    void expect(String name, String expected, String hint) {
        String actual = value(name);
        if (!expected.equalsIgnoreCase(actual)) {
            throw CheckFailure.of(Text.of("L01.variable", name))
                    .expected(Text.verbatim(name + " = " + expected))
                    .observed(Text.verbatim(name + " = " + actual))
                    .hint(Text.of(hint));
        }
    }
}
