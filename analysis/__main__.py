"""Run the command-line interface: ``python -m analysis``."""

from analysis.cli import exit_process, main

exit_process(main())
