"""`python -m agendapack` is the `agendapack` command."""

from agendapack.pipeline.cli import main

if __name__ == "__main__":
    main()
