"""``python -m kg``: the same as the ``kg`` command."""

from kg.cli.main import main

if __name__ == "__main__":  # spawned workers import this module as __mp_main__
    raise SystemExit(main())
