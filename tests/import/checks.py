"""What the import tests share: each failed check said and counted, the program run, and
the end of a test that fails when any check did."""
import subprocess
import sys

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def runner(maturity):
    """A function running `maturity` with its arguments, its output captured as text."""
    def run(*args):
        return subprocess.run([maturity, *args], capture_output=True, text=True)
    return run


def finish(summary):
    """Exits 1 when a check failed; else prints `summary`."""
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print(summary)
