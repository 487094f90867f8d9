"""An MCP server built from the specs: ``mediaapis mcp rawugc|icp|all`` (or ``python -m
mediaapis.mcp``), with credit, publishing and delete guards read from the vendor extensions.

Needs the ``mcp`` extra (``pip install 'mediaapis[mcp]'``); importing this package does not
import the MCP SDK. Modules: ``schema`` (input schemas), ``tools`` (the tool list),
``requests`` (arguments to an HTTP request), ``guards`` (budget and permissions), ``calls``
(the client stacks, errors, secret scrubbing), ``server`` (the MCP server and transports).
"""
