package dev.cdclab.report;

import dev.cdclab.grade.GradeReport;
import java.io.IOException;
import java.nio.file.Path;

/** One way of showing a grade report; every format renders the same {@link GradeReport}. */
public interface ReportFormat {
    /** The file name under the report folder, e.g. {@code report.json}. */
    String fileName();

    String render(GradeReport report) throws IOException;

    /** Writes the rendering atomically: a reader never sees half a report. */
    default Path writeTo(Path folder, GradeReport report) throws IOException {
        return AtomicFiles.write(folder.resolve(fileName()), render(report));
    }
}
