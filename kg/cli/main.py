"""The ``kg`` command line: parse (:mod:`.args`), run a command (:mod:`.commands`), report
errors and exit with the documented status."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kg.errors import KgError

EXIT_OK, EXIT_USAGE, EXIT_INTERRUPTED = 0, 2, 130


def main(argv: Sequence[str] | None = None) -> int:
    from kg.blas import one_thread_from_start

    one_thread_from_start()  # before numpy loads (kg.blas)
    from kg.cli.args import parser
    from kg.cli.commands import COMMANDS

    p = parser()
    args = p.parse_args(argv)
    if not args.command:
        p.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except KgError as err:
        print(f"kg: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted; files already written are complete", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
