"""Speed of the StableHLO reader on real artifacts, beside MLIR's own.

    python benchmarks/reader.py [--json out.json] [--corpus tests/golden/corpus]

For each case it times reading portable artifacts into our IR (the plugin's
metallib_read_artifact, without printing) and, in the same process, jaxlib's
deserialize_portable_artifact (MLIR's bytecode reader and VHLO upgrade), and
prints the median time, the throughput and the ratio (< 1: ours is faster).
Times are wall time through ctypes; benchmarks/reader_speed.cc gives the
reader's own cost in thread CPU time, without Python.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from jax_plugins.metallib._tooling import read_artifact

from timing import median_seconds

ROOT = Path(__file__).resolve().parents[1]


def mlir_reader():
    """jaxlib's reader of the same artifacts, or None if it cannot be used."""
    try:
        from jax._src.interpreters import mlir
        from jax._src.lib import _jax
    except ImportError:
        return None

    def read(data: bytes) -> None:
        with mlir.make_ir_context():
            _jax.mlir.deserialize_portable_artifact(data)

    return read


def version_key(folder: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in folder.name.split("."))


def cases(corpus: Path) -> dict[str, list[bytes]]:
    # The newest StableHLO version held: what jaxlib sends by default.
    newest = max((d for d in corpus.iterdir() if d.is_dir() and d.name[:1].isdigit()),
                 key=version_key)
    every = sorted(corpus.glob("*/*.mlir.bc"))
    return {
        "large_unrolled (20k ops)": [(newest / "large_unrolled.mlir.bc").read_bytes()],
        "mlp value_and_grad": [(newest / "value_and_grad_mlp.mlir.bc").read_bytes()],
        f"whole corpus ({len(every)} files)": [p.read_bytes() for p in every],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the results as JSON lines here")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "golden" / "corpus")
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()

    theirs = mlir_reader()
    header = f"{'case':<30}{'bytes':>11}{'ours ms':>10}{'MB/s':>9}{'mlir ms':>10}{'ours/mlir':>11}"
    print(header)
    print("-" * len(header))
    rows = []
    for label, artifacts in cases(args.corpus).items():
        size = sum(len(a) for a in artifacts)

        def ours():
            for artifact in artifacts:
                read_artifact(artifact, print_ir=False)

        ours_s = median_seconds(ours, args.repeats)
        mlir_s = None
        if theirs is not None:
            mlir_s = median_seconds(lambda: [theirs(a) for a in artifacts], max(3, args.repeats // 3))
        row = {"benchmark": "reader", "case": label, "bytes": size, "ours_s": ours_s,
               "mb_per_s": size / ours_s / 1e6, "mlir_s": mlir_s,
               "ratio_vs_mlir": ours_s / mlir_s if mlir_s else None}
        rows.append(row)
        mlir_text = f"{mlir_s * 1e3:>10.2f}{ours_s / mlir_s:>11.3f}" if mlir_s else f"{'-':>10}{'-':>11}"
        print(f"{label:<30}{size:>11,}{ours_s * 1e3:>10.2f}{row['mb_per_s']:>9.1f}{mlir_text}")
    if args.json:
        with open(args.json, "w") as out:
            for row in rows:
                out.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
