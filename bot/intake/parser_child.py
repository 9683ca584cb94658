"""A parser process's entry point: ``python -m bot.intake.parser_child`` (see bot.intake.parser_process).

OpenSSL is kept out of the process before anything is imported: the child never opens a
connection (urllib, which feedparser imports, does without ssl) and hashlib falls back to
its built-in SHA-1 and SHA-256. That is ~3.5 MB less in a process of ~20 MB at rest.
"""

if __name__ == "__main__":
    import sys

    sys.modules.setdefault("ssl", None)  # type: ignore[arg-type]
    sys.modules.setdefault("_hashlib", None)  # type: ignore[arg-type]

    from bot.intake.parser_process import main

    main()
