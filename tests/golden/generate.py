"""Capture the VHLO portable artifacts jaxlib sends to a PJRT plugin's Compile.

For every program in programs.py this runs the program on the `mps` device
with MPS_DUMP_DIR pointing at a fresh temporary directory. The plugin writes
the artifact it receives there before compiling it; we keep the bytes, ask
jaxlib's own MLIR to deserialize them, and store MLIR's text next to them:

  corpus/<stablehlo version>/<name>.mlir.bc       exact bytes from jaxlib
  corpus/<stablehlo version>/<name>.mlir          pretty form
  corpus/<stablehlo version>/<name>.generic.mlir  generic form
  corpus/<stablehlo version>/manifest.json

The plugin reads MPS_STABLEHLO_VERSION once, when it is loaded, so each target
version runs in its own child process (this script, re-invoked with
GOLDEN_CHILD_VERSION set). The environment must already select the plugin
(JAX_PLATFORMS=mps, and JAX_METALLIB_LIBRARY_PATH/PYTHONPATH as needed).

  python tests/golden/generate.py                       # default versions
  python tests/golden/generate.py --versions 1.13.0 1.22.0 --only sort_f32
  python tests/golden/generate.py --report               # markdown tables
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
MAGIC = b"ML\xefR"
CHILD_ENV = "GOLDEN_CHILD_VERSION"
# Target versions per jax minor release; "current" leaves the plugin at its
# newest version, so jaxlib serializes at its own current version.
DEFAULT_VERSIONS = {"0.12": ["1.22.0", "1.16.3", "1.13.0"]}


def producer(data: bytes) -> str:
    """The producer string of an MLIR bytecode file (e.g. 'StableHLO_v1.22.0')."""
    if not data.startswith(MAGIC):
        raise ValueError("not MLIR bytecode")
    # The bytecode version follows as an MLIR varint: the number of trailing
    # zero bits of its first byte is the count of bytes that follow it.
    first = data[4]
    extra = 8 if first == 0 else (first & -first).bit_length() - 1
    start = 4 + 1 + extra
    end = data.index(b"\0", start)
    return data[start:end].decode()


def artifact_version(data: bytes) -> str:
    m = re.fullmatch(r"StableHLO_v(\d+\.\d+\.\d+)", producer(data))
    if not m:
        raise ValueError(f"unexpected producer {producer(data)!r}")
    return m.group(1)


# --- child: runs inside one interpreter for one target version --------------

def text_forms(data: bytes):
    """Deserialize with jaxlib's MLIR; return (pretty, generic, op counts)."""
    from jax._src.interpreters import mlir
    from jax._src.lib import _jax
    from jax._src.lib.mlir import ir

    with mlir.make_ir_context() as ctx:
        ctx.allow_unregistered_dialects = True
        module = _jax.mlir.deserialize_portable_artifact(data)
        if isinstance(module, (str, bytes)):  # older jaxlib returns text
            module = ir.Module.parse(module)
        pretty = str(module)
        generic = module.operation.get_asm(print_generic_op_form=True)
        counts: collections.Counter = collections.Counter()

        def walk(op):
            counts[op.name] += 1
            for region in op.regions:
                for block in region.blocks:
                    for child in block.operations:
                        walk(child.operation)

        walk(module.operation)
        sym = module.operation.attributes["sym_name"]
        return pretty, generic, counts, ir.StringAttr(sym).value


def run_program(prog, dump_root: Path):
    """Run one program; return (artifact paths oldest first, error or None)."""
    import jax

    dump = Path(tempfile.mkdtemp(dir=dump_root))
    os.environ["MPS_DUMP_DIR"] = str(dump)
    kwargs = prog.jit_kwargs() if prog.jit_kwargs else {}
    error = None
    try:
        jax.jit(prog.fn, **kwargs)(*prog.args)
    except Exception as e:
        # The plugin writes the artifact before compiling it, so a program
        # it refuses still has one; the error matters only without it.
        msg = str(e)
        error = f"{type(e).__name__}: {msg.splitlines()[0] if msg else ''}"[:300]
    files = sorted(dump.glob("*.mlir.bc"), key=lambda p: (p.stat().st_mtime_ns, p.name))
    return files, (error if not files else None)


def child(requested: str, only: list[str], drop_text_over: int | None, forms: list[str]) -> None:
    import jax
    import programs

    selected = programs.get(only)
    dump_root = Path(tempfile.mkdtemp(prefix="golden_dump_"))
    entries, failures, out_dir, version = {}, {}, None, None
    for group in ("default", "x64"):
        jax.config.update("jax_enable_x64", group == "x64")
        for prog in [p for p in selected if p.group == group]:
            try:
                files, error = run_program(prog, dump_root)
            except Exception:  # a bug in the program definition itself
                files, error = [], traceback.format_exc().splitlines()[-1][:300]
            if error or not files:
                failures[prog.name] = error or "no artifact was written"
                print(f"  FAIL {prog.name}: {failures[prog.name]}", flush=True)
                continue
            data = files[-1].read_bytes()
            v = artifact_version(data)
            if version is None:
                version, out_dir = v, CORPUS / v
                if not only and out_dir.exists():
                    shutil.rmtree(out_dir)  # a full run replaces the folder
                out_dir.mkdir(parents=True, exist_ok=True)
            elif v != version:
                raise SystemExit(f"{prog.name}: artifact version {v} != {version}")
            pretty, generic, counts, sym = text_forms(data)
            (out_dir / f"{prog.name}.mlir.bc").write_bytes(data)
            keep_text = drop_text_over is None or len(generic) <= drop_text_over
            for form, suffix, text in (("pretty", ".mlir", pretty), ("generic", ".generic.mlir", generic)):
                path = out_dir / f"{prog.name}{suffix}"
                path.unlink(missing_ok=True)
                if keep_text and form in forms:
                    path.write_text(text)
            entries[prog.name] = {
                "name": prog.name, "group": prog.group, "jax_version": jax.__version__,
                "stablehlo_version": v, "bytes": len(data), "artifacts_seen": len(files),
                "module_name": sym, "text": forms if keep_text else "dropped",
                "op_count": sum(counts.values()), "ops": sorted(counts),
            }
            print(f"  ok   {prog.name}: {len(data)} B, {sum(counts.values())} ops", flush=True)
    shutil.rmtree(dump_root, ignore_errors=True)
    if out_dir is None:
        raise SystemExit(f"no program produced an artifact at {requested}")
    write_manifest(out_dir, requested, entries, failures, merge=bool(only))


def write_manifest(out_dir: Path, requested, entries, failures, merge: bool) -> None:
    import jax
    import jaxlib

    path = out_dir / "manifest.json"
    old = json.loads(path.read_text()) if merge and path.exists() else {}
    programs_ = {p["name"]: p for p in old.get("programs", [])}
    dropped = dict(old.get("failed", {}))
    for name in entries:
        dropped.pop(name, None)
    for name in failures:
        programs_.pop(name, None)
        (out_dir / f"{name}.mlir.bc").unlink(missing_ok=True)
        (out_dir / f"{name}.mlir").unlink(missing_ok=True)
        (out_dir / f"{name}.generic.mlir").unlink(missing_ok=True)
    programs_.update(entries)
    dropped.update(failures)
    manifest = {
        "stablehlo_version": out_dir.name, "requested_version": requested,
        "jax_version": jax.__version__, "jaxlib_version": jaxlib.__version__,
        "text_forms": {".mlir": "pretty (MLIR default printer)", ".generic.mlir": "generic op form"},
        "programs": [programs_[n] for n in sorted(programs_)],
        "failed": dict(sorted(dropped.items())),
    }
    path.write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"{out_dir}: {len(programs_)} programs, {len(dropped)} failed")


# --- parent: one child process per target version --------------------------

def default_versions() -> list[str]:
    import importlib.metadata
    minor = ".".join(importlib.metadata.version("jax").split(".")[:2])
    return DEFAULT_VERSIONS.get(minor, ["current"])


def report() -> None:
    """Print the README's version and coverage tables from the manifests."""
    manifests = [json.loads(p.read_text()) for p in sorted(CORPUS.glob("*/manifest.json"))]
    print("| stablehlo | jax | programs | failed |\n|---|---|---|---|")
    for m in manifests:
        print(f"| {m['stablehlo_version']} | {m['jax_version']} | {len(m['programs'])} | {len(m['failed'])} |")
    versions = [m["stablehlo_version"] for m in manifests]
    cov = collections.defaultdict(lambda: collections.Counter())
    for m in manifests:
        for p in m["programs"]:
            for op in p["ops"]:
                cov[op][m["stablehlo_version"]] += 1
    print("\n| op | " + " | ".join(versions) + " |\n|---|" + "---|" * len(versions))
    for op in sorted(cov):
        print(f"| `{op}` | " + " | ".join(str(cov[op][v]) for v in versions) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--versions", nargs="+", help="target StableHLO versions ('current': jaxlib's own)")
    ap.add_argument("--only", nargs="+", default=[], metavar="NAME", help="regenerate only these programs")
    ap.add_argument("--drop-text-over", type=int, metavar="BYTES",
                    help="store no text for programs whose generic text is larger")
    ap.add_argument("--forms", nargs="+", choices=["pretty", "generic"], default=["pretty", "generic"],
                    help="which text forms to store (default: both)")
    ap.add_argument("--report", action="store_true", help="print markdown tables from the manifests")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    if args.report:
        return report()
    if CHILD_ENV in os.environ:
        return child(os.environ[CHILD_ENV], args.only, args.drop_text_over, args.forms)
    for version in args.versions or default_versions():
        env = dict(os.environ, **{CHILD_ENV: version})
        env.pop("MPS_STABLEHLO_VERSION", None)
        if version != "current":
            env["MPS_STABLEHLO_VERSION"] = version  # read when jax loads the plugin
        cmd = [sys.executable, str(Path(__file__).resolve())] + sys.argv[1:]
        print(f"== {version}: {' '.join(cmd)}", flush=True)
        subprocess.run(cmd, env=env, check=True)


if __name__ == "__main__":
    main()
