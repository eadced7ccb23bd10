"""4-bit embedding tables (``crosswalk._nibbles``): the codes, and the graph that reads them."""

import numpy as np
import pytest

from compkit.crosswalk import _nibbles


def test_each_value_is_within_a_step_and_the_error_below_plain_range_blocks():
    rng = np.random.default_rng(0)
    table = (rng.normal(size=(50, 128)) * rng.uniform(0.01, 2, size=(50, 1))).astype(np.float32)
    packed, offsets, steps = _nibbles.quantise(table)
    back = _nibbles.restore(packed, offsets, steps)
    step = np.repeat(steps.astype(np.float32), _nibbles.BLOCK, axis=1)
    assert (np.abs(back - table) <= step * 1.5).all()  # a block's extremes may be clipped
    # least squares beats the plain least-value-and-range blocks on the same codes' budget
    x = table.reshape(50, 4, 32)
    lo, step = x.min(2, keepdims=True), (x.max(2, keepdims=True) - x.min(2, keepdims=True)) / 15
    plain = (np.rint((x - lo) / step) * step + lo).reshape(50, 128)
    assert np.square(back - table).mean() < np.square(plain - table).mean()


def test_a_byte_holds_code_k_low_and_code_k_plus_half_the_width_high():
    table = np.zeros((1, 64), np.float32)
    table[0, 32:] = 1.0  # the second block: every code at its top
    table[0, 31] = 1.0
    packed, offsets, steps = _nibbles.quantise(table)
    assert packed[0, 31] & 15 == 15 and packed[0, 0] & 15 == 0
    np.testing.assert_allclose(_nibbles.restore(packed, offsets, steps), table, atol=1e-3)


def test_a_flat_block_comes_back_flat():
    table = np.full((2, 64), 0.25, np.float32)
    np.testing.assert_allclose(_nibbles.restore(*_nibbles.quantise(table)), table, atol=1e-3)


def test_a_width_that_does_not_split_into_pairs_of_blocks_is_refused():
    with pytest.raises(ValueError, match="pairs of 32-value blocks"):
        _nibbles.quantise(np.zeros((2, 48), np.float32))


def test_the_graph_reads_the_rows_restore_gives():
    import onnx
    import onnxruntime
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(1)
    table = rng.normal(size=(40, 64)).astype(np.float32)
    packed, offsets, steps = _nibbles.quantise(table)
    nodes, constants = _nibbles.lookup_nodes("t", "ids", "rows", 64)
    stored = [numpy_helper.from_array(packed, "t.q4"), numpy_helper.from_array(offsets, "t.o")]
    stored += [numpy_helper.from_array(steps, "t.st"), *constants]
    graph = helper.make_graph(
        nodes,
        "lookup",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, ["b", "t"])],
        [helper.make_tensor_value_info("rows", TensorProto.FLOAT, ["b", "t", 64])],
        stored,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    ids = rng.integers(0, 40, size=(2, 5))
    session = onnxruntime.InferenceSession(model.SerializeToString())
    got = session.run(None, {"ids": ids})[0]
    np.testing.assert_allclose(got, _nibbles.restore(packed, offsets, steps)[ids], rtol=1e-6)
