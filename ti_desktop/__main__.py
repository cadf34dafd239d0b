import multiprocessing

from ti_desktop.cli import main

if __name__ == "__main__":  # the templates' worker process imports this module too
    multiprocessing.freeze_support()  # a frozen bundle starting that worker
    raise SystemExit(main())
