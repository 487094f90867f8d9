"""Map the repository's folders onto import names; metadata lives in pyproject.toml.

Each top folder shows a layer and holds importable packages: generated/ (openapi-python-client
output: rawugc_client, volc_icp_client), overrides/ (the thin hand-written layer: mediaapis) and
mocks/ (the mock servers: mediaapis_mocks). setuptools cannot take several source roots from
pyproject.toml alone, hence this file.
"""

from setuptools import find_packages, setup

ROOTS = ("generated", "overrides", "mocks")

package_dir = {
    name: f"{root}/{name.replace('.', '/')}" for root in ROOTS for name in find_packages(root)
}
setup(package_dir=package_dir, packages=sorted(package_dir))
