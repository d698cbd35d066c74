"""Runbench's run wrapper: ``python3 -u runbench_run.py /abs/path/task.json``.

Runs one MLRun-style task and reports it as ``@@runbench@@ {json}`` lines on stdout. The
work is done by _runbench_wrapper.py beside this file: Python caches the compiled code of
the modules it imports but never of the script it runs, and compiling the whole wrapper on
every run would cost more than all the rest of a trivial run. For the same reason the cache
is written even when PYTHONDONTWRITEBYTECODE asks otherwise (for this one module only).
"""

import sys

if __name__ == "__main__":
    dont_write_bytecode, sys.dont_write_bytecode = sys.dont_write_bytecode, False
    import _runbench_wrapper

    sys.dont_write_bytecode = dont_write_bytecode
    sys.exit(_runbench_wrapper.main(sys.argv))
