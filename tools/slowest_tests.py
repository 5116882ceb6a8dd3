"""Print the slowest tests of `make test`'s runs, from their JUnit XML reports: `tools/slowest_tests.py FILE...`.

Each test's time is what pytest reports for it (set-up, call and tear-down; the first test of a run also carries the
test database's creation, and the first demo test the demo's seed), so growth of the suite stays visible."""

import sys
import xml.etree.ElementTree as ElementTree

COUNT = 15


def main(paths):
    cases, total = [], 0.0
    for path in paths:
        root = ElementTree.parse(path).getroot()
        for suite in root.iter("testsuite"):
            total += float(suite.get("time", 0))
        for case in root.iter("testcase"):
            cases.append((float(case.get("time", 0)), f"{case.get('classname', '')}::{case.get('name', '')}"))
    cases.sort(reverse=True)
    print(f"\nThe {min(COUNT, len(cases))} slowest of {len(cases)} tests (runs' wall time {total:.0f} s):")
    for seconds, name in cases[:COUNT]:
        print(f"{seconds:8.2f} s  {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
