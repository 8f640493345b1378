"""The reader's attribute values against MLIR's, for every op of the corpus.

Every artifact is read by the plugin and printed; MLIR's generic text of the
same module was saved beside it by jaxlib (generate.py). Both texts are
split into ops in order, each op's attribute dictionary is parsed, and every
attribute must have the same value on both sides. Values are compared, not
spellings: dense constants as the bytes they denote, floats as numbers of
their type, MLIR's compact convolution dimension numbers against our
explicit ones. Where MLIR omits an attribute, ours must hold the default
MLIR leaves out (DEFAULTS below); nothing else may be missing.
"""

from __future__ import annotations

import re
from pathlib import Path

import ml_dtypes
import numpy as np
import pytest

from jax_plugins.metallib._tooling import read_artifact

CORPUS = Path(__file__).resolve().parent / "corpus"
VERSIONS = sorted(p.name for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []

OP = re.compile(r'"([a-z_]+\.[a-z_\-]+)"\(')
CLOSERS = {"(": ")", "[": "]", "{": "}", "<": ">"}


def group_end(text, start):
    """Index after the bracketed group opening at text[start]."""
    stack, quoted, i = [], False, start
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                i += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c in CLOSERS:
            stack.append(CLOSERS[c])
        elif c in ")]}>" and not (c == ">" and text[i - 1] == "-"):
            if stack and c == stack[-1]:
                stack.pop()
                if not stack:
                    return i + 1
        i += 1
    raise ValueError(f"unbalanced: {text[start:start + 60]}")


def split_top_level(text):
    """`text` split at commas outside brackets and quotes."""
    parts, depth, quoted, current, i = [], 0, False, "", 0
    while i < len(text):
        c = text[i]
        current += c
        if quoted:
            if c == "\\":
                current += text[i + 1]
                i += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c in "([{<":
            depth += 1
        elif c in ")]}>" and not (c == ">" and text[i - 1] == "-"):
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(current[:-1].strip())
            current = ""
        i += 1
    if current.strip():
        parts.append(current.strip())
    return parts


def parse_dictionary(body):
    entries = {}
    for entry in split_top_level(body):
        name, _, value = entry.partition(" = ")
        entries[name.strip().strip('"')] = value.strip() if value else "unit"
    return entries


def leading_dictionaries(rest):
    """The `<{...}>` and `{...}` dictionaries at the start of `rest`, merged."""
    entries = {}
    rest = rest.lstrip()
    while rest.startswith("<{") or rest.startswith("{"):
        end = group_end(rest, 0)
        inner = rest[2:end - 2] if rest.startswith("<{") else rest[1:end - 1]
        entries.update(parse_dictionary(inner))
        rest = rest[end:].lstrip()
    return entries


def ops_of(text):
    """[(op name, {attribute: value text})] in program order."""
    ops, open_regions = [], []
    for line in text.splitlines():
        line = line.split("  // loc(")[0].strip()
        if line.startswith("})"):
            owner = open_regions.pop()
            if owner is not None:
                ops[owner][1].update(leading_dictionaries(line[2:]))
            continue
        match = OP.search(line)
        if not match:
            continue
        name = match.group(1)
        structural = name.startswith(("builtin.", "sdy.")) or name == "func.func"
        if not structural:
            end = group_end(line, match.end() - 1)
            ops.append((name, leading_dictionaries(line[end:])))
        if line.endswith("({"):
            open_regions.append(None if structural else len(ops) - 1)
    return ops


# ---------------------------------------------------------------- values

ELEMENT_TYPES = {
    "i1": np.bool_, "i2": ml_dtypes.int2, "i4": ml_dtypes.int4, "i8": np.int8, "i16": np.int16,
    "i32": np.int32, "i64": np.int64, "ui2": ml_dtypes.uint2, "ui4": ml_dtypes.uint4,
    "ui8": np.uint8, "ui16": np.uint16, "ui32": np.uint32, "ui64": np.uint64,
    "f16": np.float16, "bf16": ml_dtypes.bfloat16, "f32": np.float32, "f64": np.float64,
    "complex<f32>": np.complex64, "complex<f64>": np.complex128,
    "f8E4M3FN": ml_dtypes.float8_e4m3fn, "f8E5M2": ml_dtypes.float8_e5m2,
    "f8E4M3FNUZ": ml_dtypes.float8_e4m3fnuz, "f8E5M2FNUZ": ml_dtypes.float8_e5m2fnuz,
    "f8E4M3B11FNUZ": ml_dtypes.float8_e4m3b11fnuz, "f8E3M4": ml_dtypes.float8_e3m4,
    "f8E4M3": ml_dtypes.float8_e4m3, "f8E8M0FNU": ml_dtypes.float8_e8m0fnu,
    "f4E2M1FN": ml_dtypes.float4_e2m1fn,
}
TENSOR = re.compile(r"tensor<(?:((?:\d+x)*))(.+)>$")
LITERAL = re.compile(r'\(([^,()]+),([^,()]+)\)|0x[0-9A-Fa-f]+|true|false|[-+]?[\d.]+(?:[eE][-+]?\d+)?|[-+]?inf|nan')


def dense_bytes(text):
    """`dense<...> : tensor<...>` as (element count, one byte string per element)."""
    payload, _, type_text = text.rpartition(" : ")
    shape, element = TENSOR.match(type_text).groups()
    dims = [int(d) for d in shape.split("x") if d]
    count = int(np.prod(dims)) if dims else 1
    dtype = np.dtype(ELEMENT_TYPES[element])
    size = 1 if dtype.itemsize == 0 else dtype.itemsize
    body = payload[len("dense<"):-1]
    if body.startswith('"0x'):
        raw = bytes.fromhex(body[3:-1])
        if dtype == np.bool_ and len(raw) != count and len(raw) * 8 >= count > 1:
            raw = np.unpackbits(np.frombuffer(raw, np.uint8), bitorder="little")[:count].tobytes()
    else:
        raw = b"".join(literal_bytes(m, dtype) for m in LITERAL.finditer(body))
    elements = [raw[i:i + size] for i in range(0, len(raw), size)]
    if len(elements) == 1 and count != 1:
        elements = elements * count  # a splat
    return count, elements


def literal_bytes(match, dtype):
    token = match.group(0)
    if match.group(1) is not None:  # (re,im)
        return np.array(complex(float(match.group(1)), float(match.group(2))), dtype).tobytes()
    if token in ("true", "false"):
        return np.array(token == "true", dtype).tobytes()
    if token.startswith("0x"):  # a float's bits
        return int(token, 16).to_bytes(dtype.itemsize, "little")
    if dtype.kind in "iub":
        return np.array(int(token)).astype(dtype).tobytes()
    return np.array(float(token), np.float64).astype(dtype).tobytes()


FLOAT_ATTRIBUTE = re.compile(r"^(\S+) : (f16|bf16|f32|f64)$")


def same_float(ours, theirs):
    a, b = FLOAT_ATTRIBUTE.match(ours), FLOAT_ATTRIBUTE.match(theirs)
    if not (a and b and a.group(2) == b.group(2)):
        return False
    dtype = ELEMENT_TYPES[a.group(2)]
    return np.array(float(a.group(1))).astype(dtype).tobytes() == \
        np.array(float(b.group(1))).astype(dtype).tobytes()


CONV_FIELDS = re.compile(r"(\w+) = (\[[^\]]*\]|-?\d+)")


def compact_conv(ours):
    """Our explicit conv dimension numbers in MLIR's [b, f, 0]x[o, i, 0]->[b, f, 0] form."""
    fields = {k: eval(v) for k, v in CONV_FIELDS.findall(ours)}  # lists and ints only

    def layout(batch, feature, spatial, batch_letter, feature_letter):
        slots = [""] * (2 + len(spatial))
        slots[batch], slots[feature] = batch_letter, feature_letter
        for i, axis in enumerate(spatial):
            slots[axis] = str(i)
        return "[" + ", ".join(slots) + "]"

    return "#stablehlo.conv<" + layout(fields["input_batch_dimension"], fields["input_feature_dimension"], fields["input_spatial_dimensions"], "b", "f") + "x" + \
        layout(fields["kernel_output_feature_dimension"], fields["kernel_input_feature_dimension"], fields["kernel_spatial_dimensions"], "o", "i") + "->" + \
        layout(fields["output_batch_dimension"], fields["output_feature_dimension"], fields["output_spatial_dimensions"], "b", "f") + ">"


def without_empty_fields(struct):
    """`#stablehlo.x<a = [], b = [1]>` without the fields MLIR leaves out at
    their defaults: empty lists, and an index_vector_dim of 0."""
    head, _, body = struct.partition("<")
    fields = [f for f in split_top_level(body[:-1])
              if not f.endswith("= []") and f != "index_vector_dim = 0"]
    return head + "<" + ", ".join(fields) + ">"


def same_value(ours, theirs):
    if ours == theirs:
        return True
    if ours.startswith("dense<") and theirs.startswith("dense<"):
        return dense_bytes(ours) == dense_bytes(theirs)
    if ours.startswith("#stablehlo.conv<"):
        return compact_conv(ours) == theirs
    if ours.startswith("#stablehlo."):
        return without_empty_fields(ours) == theirs
    if ours.startswith("{") and theirs.startswith("{"):
        a, b = parse_dictionary(ours[1:-1]), parse_dictionary(theirs[1:-1])
        return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    return same_float(ours, theirs)


def all_equal(value, element):
    """A printed list or array whose elements all print as `element`."""
    inner = re.sub(r"^array<\w+(: )?|^\[|\]$|>$", "", value)
    return all(part.strip() == element for part in inner.split(",") if part.strip())


def all_zero_dense(value):
    return value.startswith("dense<") and all(e == bytes(len(e)) for e in dense_bytes(value)[1])


# Attributes MLIR's text leaves out when they hold their default; ours are
# materialised by the reader so lowerings need not know the defaults.
DEFAULTS = {
    "compare_type": lambda v: v == "#stablehlo<comparison_type NOTYPE>",
    "precision_config": lambda v: all_equal(v, "#stablehlo<precision DEFAULT>"),
    "indices_are_sorted": lambda v: v == "false",
    "unique_indices": lambda v: v == "false",
    "is_stable": lambda v: v == "false",
    "padding": all_zero_dense,
    "window_strides": lambda v: all_equal(v, "1"),
    "window_dilations": lambda v: all_equal(v, "1"),
    "base_dilations": lambda v: all_equal(v, "1"),
    "lhs_dilation": lambda v: all_equal(v, "1"),
    "rhs_dilation": lambda v: all_equal(v, "1"),
    "window_reversal": lambda v: all_equal(v, "false"),
    "composite_attributes": lambda v: v == "{}",
    "api_version": lambda v: v == "1 : i32",
    "has_side_effect": lambda v: v == "false",
    "backend_config": lambda v: v == '""',
    "called_computations": lambda v: v == "[]",
    "operand_layouts": lambda v: v == "[]",
    "result_layouts": lambda v: v == "[]",
    "result_tilings": lambda v: v == "[]",
    "output_operand_aliases": lambda v: v == "[]",
}


def mismatches(ours_text, theirs_text):
    ours, theirs = ops_of(ours_text), ops_of(theirs_text)
    if [n for n, _ in ours] != [n for n, _ in theirs]:
        return ["the op sequences differ"]
    problems = []
    for index, ((name, a), (_, b)) in enumerate(zip(ours, theirs)):
        for key in sorted(set(a) | set(b)):
            mine, reference = a.get(key), b.get(key)
            if reference is None:
                if mine is not None and key in DEFAULTS and DEFAULTS[key](mine):
                    continue
                problems.append(f"op {index} {name}: we have {key} = {mine}, MLIR has none")
            elif mine is None:
                problems.append(f"op {index} {name}: {key} = {reference} is missing")
            elif not same_value(mine, reference):
                problems.append(f"op {index} {name}: {key} = {mine}, MLIR: {reference}")
    return problems


def generic_text_of(artifact):
    """MLIR's generic text for `artifact`; 1.16.3 and 1.13.0 share 1.22.0's
    (see README: made by the same jax, their text is byte-identical)."""
    own = artifact.with_name(artifact.name.replace(".mlir.bc", ".generic.mlir"))
    if own.exists():
        return own
    return CORPUS / "1.22.0" / own.name


@pytest.mark.parametrize("version", VERSIONS)
def test_attribute_values_match_mlir(version):
    failures = []
    artifacts = sorted((CORPUS / version).glob("*.mlir.bc"))
    assert artifacts
    for artifact in artifacts:
        generic = generic_text_of(artifact)
        problems = mismatches(read_artifact(artifact.read_bytes()), generic.read_text())
        failures += [f"{artifact.name}: {p}" for p in problems]
    assert not failures, f"{len(failures)} mismatches, first: " + "\n".join(failures[:20])


def test_a_wrong_value_is_noticed():
    mlir = '%0 = "stablehlo.compare"(%a, %b) <{comparison_direction = #stablehlo<comparison_direction LT>}> : (t) -> t'
    ours = '%0 = "stablehlo.compare"(%a, %b) {comparison_direction = #stablehlo<comparison_direction GT>} : (t) -> t'
    assert mismatches(ours, mlir)
    assert not mismatches(ours.replace("GT", "LT"), mlir)
    ones = '%0 = "stablehlo.constant"() {value = dense<"0x0000803F0000803F"> : tensor<2xf32>} : () -> t'
    assert not mismatches(ones, '%0 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<2xf32>}> : () -> t')
    assert mismatches(ones, '%0 = "stablehlo.constant"() <{value = dense<[1.0, 2.0]> : tensor<2xf32>}> : () -> t')
