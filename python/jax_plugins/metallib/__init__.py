"""jax-metallib: a PJRT plugin that runs JAX on Apple-silicon GPUs via MLX.

JAX imports this module through the ``jax_plugins`` entry point and calls
:func:`initialize`, which registers the ``mps`` platform.
"""

from __future__ import annotations

import logging

from . import _lowerings
from ._library import find_library
from ._options import client_options

__all__ = ["PLATFORM", "initialize", "find_library", "client_options"]

PLATFORM = "mps"

# Until every op JAX emits runs on mps, the CPU stays JAX's default backend
# when JAX_PLATFORMS is unset; `JAX_PLATFORMS=mps` or `jax.devices("mps")`
# select this device explicitly.
_PRIORITY = -100

_logger = logging.getLogger(__name__)


def initialize() -> None:
    from jax._src import xla_bridge

    try:
        library = find_library()
    except FileNotFoundError as error:
        # Registration must not break `import jax` for users of other backends;
        # asking for the mps platform then reports that it is unavailable.
        _logger.warning("%s", error)
        return
    xla_bridge.register_plugin(
        PLATFORM,
        priority=_PRIORITY,
        library_path=str(library),
        options=client_options,
    )
    _enable_donation()
    _lowerings.register(PLATFORM)


def _enable_donation() -> None:
    """Lets jax.jit pass buffer donations to mps programs.

    JAX drops `donate_argnums` silently for platforms missing from this list;
    the plugin honours input/output aliasing, so mps belongs in it.
    """
    try:
        from jax._src.interpreters import mlir
    except ImportError:  # a JAX without this module has no such gate
        return
    platforms = getattr(mlir, "_platforms_with_donation", None)
    if isinstance(platforms, list) and PLATFORM not in platforms:
        platforms.append(PLATFORM)
