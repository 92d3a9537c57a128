#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder image (Ubuntu). The autograder
# zip holds this repository with setup.sh and run_autograder at its root (README.md, "Gradescope"),
# extracted to /autograder/source. Installs Java 17 and Maven, downloads everything the build needs
# and compiles the grader, then grades the starters once so that the lab's servers are unpacked
# and initialised in the image: each submission then starts from a warm cache and grades offline.
set -euo pipefail

GRADER_SOURCE="${GRADER_SOURCE:-/autograder/source}"

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven

cd "$GRADER_SOURCE"
mvn -B -ntp -q dependency:go-offline test-compile
# online, once: resolves what go-offline leaves out (the grade's own plugins) and warms the lab cache
if ! mvn -B -ntp -q verify -Dsubmission=exercises -Dgrade.failOnMissingPoints=false; then
  echo "setup.sh: the warm-up grade failed (see above); submissions will still be graded, each unpacking the servers itself" >&2
fi
rm -rf target/grade
