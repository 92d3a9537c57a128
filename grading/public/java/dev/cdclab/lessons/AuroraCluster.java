package dev.cdclab.lessons;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.CourseDatabase;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.aurora.ParameterGroup;
import dev.cdclab.lab.aurora.SimulatedCluster;
import dev.cdclab.submission.LabTargets;
import dev.cdclab.submission.ParameterGroupFile;

/**
 * The simulated Aurora cluster of lesson 03, shared by the lesson's checks: started with the
 * student's parameter group (refused as AWS would refuse it: then with the default group), the
 * course's database on the writer (and so on the reader).
 */
record AuroraCluster(SimulatedCluster cluster, CourseDatabase inventory) {
    static final String GROUP = "lesson03/parameter-group.json";

    static AuroraCluster of(LabCheck check) {
        return check.shared("aurora-cluster", () -> {
            ParameterGroup group = ParameterGroup.modify(ParameterGroupFile.parse(GROUP, check.submission().json(GROUP)));
            SimulatedCluster cluster;
            try {
                cluster = SimulatedCluster.start(check.lab(), group);
            } catch (LabStartException e) {
                throw CheckFailure.of(Text.of("L03.cluster.failed", GROUP)).observed(Text.verbatim(e.getMessage()))
                        .hint(Text.of("hint.L03.group"));
            }
            check.own(cluster);
            return new AuroraCluster(cluster, check.courseDatabase(cluster.writer()));
        });
    }

    /** Where a connector's host names lead: the cluster's endpoints only. */
    LabTargets targets(LabCheck check) {
        return LabTargets.of(check.lab()).withBinlogHosts(cluster.endpoints());
    }
}
