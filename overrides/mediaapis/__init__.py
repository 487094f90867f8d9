"""mediaapis: the thin hand-written layer over the generated RawUGC and Volcengine ICP clients.

The generated packages (``rawugc_client``, ``volc_icp_client``) hold every operation and model;
this package adds what a spec cannot generate: authentication and request signing, typed
errors, retries, pacing, polling and pagination. Sub-packages: ``mediaapis.rawugc``,
``mediaapis.icp``; the mock servers are the separate ``mediaapis_mocks`` (an extra).
"""

__version__ = "0.1.0"
