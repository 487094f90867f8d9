"""The exit codes of the ``mediaapis`` commands (``mediaapis.cli`` and its ``batch``)."""

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_FAILED, EXIT_JOB_FAILED, EXIT_TIMEOUT = range(6)
EXIT_INCOMPLETE = 1  # a batch: some line did not finish
EXIT_BROKEN_PIPE = 128 + 13  # 128 + SIGPIPE: what a shell reports for ``cat big | head``
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C
