"""`make bench`: the production-like benchmark (bench/production.py: gunicorn,
PostgreSQL, Redis, DEBUG off, wrk), which writes bench/results/latest.json.

`bench/run.py --in-process` runs the older in-process timings instead
(every bench/bench_*.py has a main(); they use the development database)."""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def in_process() -> int:
    for path in sorted(HERE.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.main()
    return 0


def main() -> int:
    if "--in-process" in sys.argv[1:]:
        return in_process()
    # deferred: importing production points the environment at the bench database; --in-process uses the development one
    import production

    return production.main()


if __name__ == "__main__":
    raise SystemExit(main())
