"""Classroom 50 autograder of one cdc-lab-grader assignment: a thin shim around the grader.

Install per assignment as CLASSROOM/autograders/ASSIGNMENT/autograder.py, with maven-settings.xml
beside it, and the assignment's runtime block from runtime.json (README.md, "Classroom 50").

Classroom 50's runner calls it in the student's checkout with CLASSROOM, ASSIGNMENT, SUBMISSION_TAG,
COMMIT_URL, RELEASE_URL, REVIEW_URL, OWNER, ASSIGNMENT_TYPE in the environment. It fetches the
grader at a pinned commit into a folder OUTSIDE the checkout, builds and runs it there with nothing
of the student's on the build's path (no .mvn/, settings.xml, MAVEN_OPTS or JAVA_TOOL_OPTIONS of
theirs), grades the checkout's exercises/, and copies the grader's result.json and release-body.md
into the checkout. It exits 0 whenever the grade was made (missing points are in result.json), and
non-zero only for an infrastructure error: the grader could not be fetched, built or run, the lab
failed (the grade is then not gradable), or no result was written.

The bundle is served from the teacher's Pages without credentials, so nothing secret may be in it:
the grader fetched here is the public one (no hidden checks). Hidden checks are graded in the
instructor's batch regrade (README.md, "Where hidden checks live").
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# --- set per assignment -----------------------------------------------------------------------
# The public grader (this repository exported without solutions/, hidden checks and catalogue).
GRADER_REPOSITORY = "https://github.com/ORG/cdc-lab-grader-public.git"
# A commit, never a branch: every submission of the assignment is graded by the same grader.
GRADER_COMMIT = "0000000000000000000000000000000000000000"
# The lessons the assignment grades ("L04", "L04,L05" or "all"): its maximum is theirs.
LESSONS = "L04"
# Feedback language: "ru" or "en".
LANGUAGE = "ru"
# ----------------------------------------------------------------------------------------------

HERE = Path(__file__).resolve().parent
# Classroom 50 stops the grade job after 15 minutes; leave the runner time to publish.
GRADE_TIMEOUT_S = 12 * 60
FETCH_TIMEOUT_S = 3 * 60
# Variables through which anyone but the grader could change the JVM or Maven of the build.
BUILD_VARIABLES = ("MAVEN_OPTS", "MAVEN_ARGS", "MAVEN_CONFIG", "MAVEN_DEBUG_OPTS", "JAVA_TOOL_OPTIONS",
                   "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CLASSPATH", "MAVEN_REPO_LOCAL")
OUTPUTS = ("result.json", "release-body.md")


def infrastructure_error(message):
    print(f"::error title=cdc-lab-grader::{message}", file=sys.stderr)
    sys.exit(1)


def build_environment():
    env = {name: value for name, value in os.environ.items() if name not in BUILD_VARIABLES}
    env["MAVEN_SKIP_RC"] = "true"  # no ~/.mavenrc, /etc/mavenrc
    return env


def fetch_grader(workspace):
    """The grader's folder: CDCLAB_GRADER_DIR (a grader already on the runner), else a fresh clone."""
    given = os.environ.get("CDCLAB_GRADER_DIR")
    if given:
        grader = Path(given).resolve()
    else:
        grader = Path(tempfile.mkdtemp(prefix="cdclab-grader-", dir=os.environ.get("RUNNER_TEMP"))).resolve()
        for command in (["git", "init", "-q", str(grader)],
                        ["git", "-C", str(grader), "fetch", "-q", "--depth", "1", GRADER_REPOSITORY, GRADER_COMMIT],
                        ["git", "-C", str(grader), "checkout", "-q", "FETCH_HEAD"]):
            try:
                subprocess.run(command, check=True, timeout=FETCH_TIMEOUT_S, stdin=subprocess.DEVNULL)
            except (subprocess.SubprocessError, OSError) as e:
                infrastructure_error(f"could not fetch the grader {GRADER_REPOSITORY}@{GRADER_COMMIT}: {e}")
    if grader == workspace or workspace in grader.parents:
        infrastructure_error(f"the grader {grader} is inside the student's checkout {workspace}: refused")
    if not (grader / "pom.xml").is_file():
        infrastructure_error(f"{grader} has no pom.xml: not a grader")
    return grader


def main():
    workspace = Path.cwd().resolve()
    grader = fetch_grader(workspace)
    out = grader / "target" / "grade"
    shutil.rmtree(out, ignore_errors=True)
    for name in OUTPUTS:
        (workspace / name).unlink(missing_ok=True)
    command = ["mvn", "-B", "-ntp", "-f", str(grader / "pom.xml"), "-s", str(HERE / "maven-settings.xml"),
               "verify", f"-Dsubmission={workspace / 'exercises'}", f"-Dlesson={LESSONS}",
               f"-Dgrade.lang={LANGUAGE}", "-Dgrade.failOnMissingPoints=false"]
    try:
        subprocess.run(command, cwd=grader, env=build_environment(), timeout=GRADE_TIMEOUT_S,
                       stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        infrastructure_error(f"the grade ran past {GRADE_TIMEOUT_S} s")
    except OSError as e:
        infrastructure_error(f"could not run Maven: {e}")
    try:
        exit_code = int((out / "exit-code").read_text().strip())
    except (OSError, ValueError):
        infrastructure_error(f"the grader wrote no exit code in {out}: the build or the grader failed (see above)")
    if not (out / "result.json").is_file():
        infrastructure_error(f"the grader wrote no result.json in {out}")
    for name in OUTPUTS:
        if (out / name).is_file():
            shutil.copyfile(out / name, workspace / name)
    if exit_code not in (0, 1):
        infrastructure_error(f"the grade could not be made (grader exit {exit_code}): "
                             "the lab or the grader failed, not the submission")
    sys.exit(0)


if __name__ == "__main__":
    main()
