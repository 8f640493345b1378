"""Integrity of the golden VHLO corpus: files, headers and manifests agree.

Needs only the standard library, so it runs without JAX or the plugin.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
MAGIC = b"ML\xefR"
SUFFIX = {"pretty": ".mlir", "generic": ".generic.mlir"}
VERSION_DIRS = sorted(p for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []


def producer(data: bytes) -> str:
    # After the magic comes the bytecode version as an MLIR varint (the
    # trailing zero bits of its first byte count the bytes that follow),
    # then the NUL-terminated producer string.
    first = data[4]
    extra = 8 if first == 0 else (first & -first).bit_length() - 1
    start = 5 + extra
    return data[start:data.index(b"\0", start)].decode()


def manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text())


def test_corpus_present():
    assert VERSION_DIRS, f"no version folders under {CORPUS}"
    for folder in VERSION_DIRS:
        assert re.fullmatch(r"\d+\.\d+\.\d+", folder.name), folder.name
        assert (folder / "manifest.json").is_file(), folder


@pytest.mark.parametrize("folder", VERSION_DIRS, ids=lambda p: p.name)
def test_bytecode_headers(folder: Path):
    files = sorted(folder.glob("*.mlir.bc"))
    assert files
    for path in files:
        data = path.read_bytes()
        assert data.startswith(MAGIC), path.name
        assert producer(data) == f"StableHLO_v{folder.name}", path.name


@pytest.mark.parametrize("folder", VERSION_DIRS, ids=lambda p: p.name)
def test_manifest_matches_files(folder: Path):
    m = manifest(folder)
    assert m["stablehlo_version"] == folder.name
    entries = {p["name"]: p for p in m["programs"]}
    assert len(entries) == len(m["programs"]), "duplicate names"
    on_disk = {p.name[: -len(".mlir.bc")] for p in folder.glob("*.mlir.bc")}
    assert set(entries) == on_disk
    assert not set(entries) & set(m["failed"]), "a program is both stored and failed"
    expected_files = {"manifest.json"}
    for name, entry in entries.items():
        data = (folder / f"{name}.mlir.bc").read_bytes()
        assert entry["bytes"] == len(data), name
        assert entry["stablehlo_version"] == folder.name, name
        assert entry["jax_version"] == m["jax_version"], name
        assert entry["ops"] == sorted(set(entry["ops"])), name
        assert "func.func" in entry["ops"], name
        expected_files.add(f"{name}.mlir.bc")
        if entry["text"] == "dropped":
            continue
        assert entry["text"], name
        for form in entry["text"]:
            expected_files.add(name + SUFFIX[form])
    # No stray or missing files: every text file named by the manifest exists.
    assert {p.name for p in folder.iterdir()} == expected_files


@pytest.mark.parametrize("folder", VERSION_DIRS, ids=lambda p: p.name)
def test_every_artifact_has_text(folder: Path):
    for entry in manifest(folder)["programs"]:
        if entry["text"] != "dropped":
            assert (folder / f"{entry['name']}.mlir").is_file() or \
                (folder / f"{entry['name']}.generic.mlir").is_file(), entry["name"]


@pytest.mark.parametrize("folder", VERSION_DIRS, ids=lambda p: p.name)
def test_ops_match_generic_text(folder: Path):
    # The generic form quotes every op name: "stablehlo.add"(...).
    for entry in manifest(folder)["programs"]:
        path = folder / f"{entry['name']}.generic.mlir"
        if not path.is_file():
            continue
        text = path.read_text()
        found = set(re.findall(r'^\s*(?:[%\w#:, ]+ = )?"([\w.]+)"\(', text, re.M))
        assert found == set(entry["ops"]), entry["name"]
        assert f'sym_name = "{entry["module_name"]}"' in text, entry["name"]


@pytest.mark.parametrize("folder", VERSION_DIRS, ids=lambda p: p.name)
def test_coverage_floor(folder: Path):
    m = manifest(folder)
    assert len(m["programs"]) >= 220
    large = [p for p in m["programs"] if p["name"] == "large_unrolled"]
    assert large and large[0]["op_count"] >= 10_000
