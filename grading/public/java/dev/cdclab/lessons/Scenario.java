package dev.cdclab.lessons;

import dev.cdclab.grading.CourseDatabase;
import dev.cdclab.grading.DeployedConnector;

/** A student's connector running on the course database, reset for it. */
record Scenario(CourseDatabase database, DeployedConnector connector) {
}
