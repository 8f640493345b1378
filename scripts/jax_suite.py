"""Runs JAX's own test suite against the plugin and sorts the outcome.

JAX's tests compare against NumPy (and SciPy), not against another backend,
so they are an independent check of the plugin's semantics. They live in the
jax-ml/jax repository, not in the wheel: give a checkout of the tag that
matches the installed jax (`git checkout jax-v<version>`).

    JAX_PLATFORMS=mps python scripts/jax_suite.py --jax-source SRC \
        [--files lax_test fft_test ...] [--json out.json] [--timeout 3600]

Each file runs in its own pytest process (a crash costs one file, and the
last test started is named). What counts:
  passed   the test ran on mps and its checks held
  failed   an assertion failed or an exception escaped (pytest failure/error)
  skipped  the test skipped itself: JAX's tests skip cases their harness
           rules out for the device or configuration (dtype not enabled
           without x64, "not implemented on this platform" decorators, ...)
  xfailed  JAX itself marked the case as an expected failure
The pass rate is passed / (passed + failed). Failures are grouped by cause:
the exception type and the first line of its message with numbers, shapes
and quoted names folded, so that one defect shows as one group.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

# The files named by the project's acceptance criteria.
DEFAULT_FILES = [
    "lax_test",
    "lax_numpy_test",
    "lax_autodiff_test",
    "lax_control_flow_test",
    "random_test",
    "linalg_test",
    "fft_test",
]

# Loads helper modules that JAX's tests import from jax._src but that the
# wheel leaves out, straight from the source checkout.
CONFTEST = '''
import importlib.util
import sys
from pathlib import Path

_SOURCE = Path({source!r})
for _name in ("hypothesis_test_util",):
    _path = _SOURCE / "jax" / "_src" / (_name + ".py")
    if _path.exists() and "jax._src." + _name not in sys.modules:
        _spec = importlib.util.spec_from_file_location("jax._src." + _name, _path)
        _module = importlib.util.module_from_spec(_spec)
        sys.modules["jax._src." + _name] = _module
        _spec.loader.exec_module(_module)
'''


def installed_jax_version() -> str:
    import jax

    return jax.__version__


def source_jax_version(source: Path) -> str:
    text = (source / "jax" / "version.py").read_text()
    match = re.search(r'^_version\s*=\s*"([^"]+)"', text, re.M)
    return match.group(1) if match else "unknown"


def prepare(source: Path, files: list[str], workdir: Path) -> None:
    """Copies the test files (and the data some of them read) into workdir."""
    tests = source / "tests"
    for name in files:
        shutil.copy(tests / f"{name}.py", workdir / f"{name}.py")
    if (tests / "testdata").is_dir():
        shutil.copytree(tests / "testdata", workdir / "testdata")
    (workdir / "conftest.py").write_text(CONFTEST.format(source=str(source)))


def run_file(name: str, workdir: Path, timeout: float, extra: list[str]) -> dict:
    report = workdir / f"{name}.xml"
    log = workdir / f"{name}.log"
    command = [sys.executable, "-m", "pytest", f"{name}.py", "-v", "-p", "no:cacheprovider",
               f"--junitxml={report}", *extra]
    with open(log, "w") as out:
        process = subprocess.Popen(command, cwd=workdir, stdout=out, stderr=subprocess.STDOUT)
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            # An interrupted pytest still writes the report of the tests it
            # finished, so a file that runs out of time is counted in part.
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=120)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            code = "timeout"
    result = summarize(report) if report.exists() else empty_summary()
    result["exit"] = code
    if not report.exists():
        result["last_test_started"] = last_test_started(log)
    return result


def empty_summary() -> dict:
    return {"passed": 0, "failed": 0, "skipped": 0, "xfailed": 0, "causes": {}, "examples": {}}


def last_test_started(log: Path) -> str:
    started = [line.split(" ")[0] for line in log.read_text(errors="replace").splitlines()
               if "::" in line]
    return started[-1] if started else "(none)"


def cause_of(message: str, kind: str) -> str:
    """One line naming a failure's cause, with the particulars (numbers,
    shapes, index lists, file positions) folded away."""
    first = next((line.strip() for line in message.splitlines() if line.strip()), "")
    first = re.sub(r"(/[\w.\-]+)+\.py:\d+(:\d+)?", "FILE", first)
    first = re.sub(r"\b\d+(\.\d+)?(e[-+]?\d+)?\b", "N", first)
    first = re.sub(r"\[[^\]]*\]", "[…]", first)
    return f"{kind}: {first[:160]}"


def summarize(report: Path) -> dict:
    result = empty_summary()
    causes: collections.Counter = collections.Counter()
    examples: dict[str, str] = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        test = f"{case.get('classname', '')}.{case.get('name', '')}"
        failure = case.find("failure")
        if failure is None:
            failure = case.find("error")
        skipped = case.find("skipped")
        if failure is not None:
            result["failed"] += 1
            message = failure.get("message") or failure.text or ""
            kind, _, rest = message.partition(": ")
            if rest.startswith(kind + ": "):  # pytest repeats the exception type
                rest = rest[len(kind) + 2:]
            cause = cause_of(rest or message, kind or failure.tag)
            causes[cause] += 1
            examples.setdefault(cause, test)
        elif skipped is not None:
            if skipped.get("type") == "pytest.xfail":
                result["xfailed"] += 1
            else:
                result["skipped"] += 1
        else:
            result["passed"] += 1
    result["causes"] = dict(causes.most_common())
    result["examples"] = examples
    return result


def pass_rate(result: dict) -> float:
    ran = result["passed"] + result["failed"]
    return result["passed"] / ran if ran else 0.0


def print_table(results: dict[str, dict]) -> None:
    print(f"\n{'file':<24}{'passed':>8}{'failed':>8}{'skipped':>9}{'xfailed':>9}{'rate':>8}")
    for name, r in results.items():
        note = "" if r["exit"] in (0, 1) else f"  (exit {r['exit']})"
        print(f"{name:<24}{r['passed']:>8}{r['failed']:>8}{r['skipped']:>9}{r['xfailed']:>9}"
              f"{pass_rate(r):>8.1%}{note}")
    for name, r in results.items():
        if r["causes"]:
            print(f"\n{name}: failures by cause")
            for cause, count in list(r["causes"].items())[:25]:
                print(f"  {count:>5}  {cause}\n         e.g. {r['examples'][cause]}")
        if "last_test_started" in r:
            print(f"\n{name}: no report; last test started: {r['last_test_started']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jax-source", type=Path, required=True,
                        help="a jax-ml/jax checkout at the tag of the installed jax")
    parser.add_argument("--files", nargs="+", default=DEFAULT_FILES)
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per file")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("pytest_args", nargs="*", help="passed to pytest (after --)")
    args = parser.parse_args()

    if os.environ.get("JAX_PLATFORMS", "").split(",")[0] != "mps":
        print("set JAX_PLATFORMS=mps so that the tests run on the plugin", file=sys.stderr)
        return 2
    source = args.jax_source.resolve()
    installed, tested = installed_jax_version(), source_jax_version(source)
    if not installed.startswith(tested):
        print(f"warning: installed jax {installed}, tests from {tested}", file=sys.stderr)

    workdir = Path(tempfile.mkdtemp(prefix="jax-suite-"))
    prepare(source, args.files, workdir)
    results = {}
    for name in args.files:
        print(f"running {name} ...", flush=True)
        results[name] = run_file(name, workdir, args.timeout, args.pytest_args)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps({"jax": installed, "tests_from": tested,
                                         "results": results}, indent=1))
    if args.keep:
        print(f"\nlogs and reports: {workdir}")
    else:
        shutil.rmtree(workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
