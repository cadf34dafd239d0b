from ti_desktop.cli import main

raise SystemExit(main())
