#!/bin/bash
# PrairieLearn external-grader entrypoint (README.md, "PrairieLearn"): grades the student's files in
# /grade/student with the grader baked into the image at /cdclab, offline, and puts the grader's
# prairielearn-results.json where PrairieLearn reads it. CDCLAB_LESSONS (set in the image: L04,
# "L04,L05" or all) chooses the lessons, CDCLAB_LANG the feedback's language (ru, en).
set -u
cd /cdclab || exit 1
mkdir -p /grade/results
rm -rf target/grade
env -u MAVEN_OPTS -u MAVEN_ARGS -u MAVEN_CONFIG -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS -u _JAVA_OPTIONS MAVEN_SKIP_RC=true \
  mvn -o -B -ntp -s classroom50/maven-settings.xml verify -Dsubmission=/grade/student \
  -Dlesson="${CDCLAB_LESSONS:-all}" -Dgrade.lang="${CDCLAB_LANG:-ru}" -Dgrade.failOnMissingPoints=false
if [ -s target/grade/prairielearn-results.json ]; then
  cp target/grade/prairielearn-results.json /grade/results/results.json
else
  printf '%s\n' '{"gradable": false, "score": 0, "message": "The grader wrote no result: see the job log.", "tests": []}' \
    > /grade/results/results.json
fi
