package dev.cdclab.cli;

import dev.cdclab.classroom.GradebookMerge;
import dev.cdclab.report.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code batch-merge}: joins the gradebooks of a batch's shards into one, written atomically (see
 * {@link GradebookMerge}). Exit 0, or 2 when a gradebook cannot be read or they do not fit together.
 *
 * <pre>{@code java -cp ... dev.cdclab.cli.Main batch-merge --out=gradebook.csv shard-1/gradebook.csv shard-2/gradebook.csv}</pre>
 */
@Command(name = "batch-merge", mixinStandardHelpOptions = true, description = "Joins the gradebooks of a batch's shards into one.")
public final class BatchMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "The merged gradebook.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "GRADEBOOK", description = "The shards' gradebook.csv files.")
    List<Path> gradebooks;

    @Override
    public Integer call() {
        try {
            Map<String, String> texts = new LinkedHashMap<>();
            for (Path gradebook : gradebooks) {
                texts.put(gradebook.toString(), Files.readString(gradebook, StandardCharsets.UTF_8));
            }
            String merged = GradebookMerge.merge(texts);
            AtomicFiles.write(out, merged);
            spec.commandLine().getOut().printf("merged %d gradebooks (%d students) into %s%n",
                    gradebooks.size(), merged.lines().count() - 1, out);
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("batch-merge: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
    }
}
