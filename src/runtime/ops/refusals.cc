// Ops the plugin deliberately does not run, each with the reason the user
// sees. A refusal is an answer, not a gap: docs/op-coverage.md lists these
// apart from ops that merely have no lowering yet, and the coverage check
// requires a test that triggers each one.
#include "runtime/ops/common.h"

namespace metallib::runtime::ops {

void register_refusals(LoweringTable& table) {
  using ir::OpCode;
  table.refuse(OpCode::kInfeed,
               "infeed streams data from the host while a program runs, which a "
               "PJRT plugin without host-transfer managers cannot offer; pass the data as "
               "an argument instead");
  table.refuse(OpCode::kOutfeed,
               "outfeed streams data to the host while a program runs, which a PJRT "
               "plugin without host-transfer managers cannot offer; return the data as a "
               "result instead");
  table.refuse(OpCode::kSend,
               "send transfers to another device or the host through a channel; "
               "jax-metallib runs programs on one device and has no host callbacks");
  table.refuse(OpCode::kRecv,
               "recv receives from another device or the host through a channel; "
               "jax-metallib runs programs on one device and has no host callbacks");
  table.refuse(OpCode::kUniformQuantize,
               "quantized element types are not supported (the reader refuses "
               "!quant.uniform types)");
  table.refuse(OpCode::kUniformDequantize,
               "quantized element types are not supported (the reader refuses "
               "!quant.uniform types)");
  table.refuse(OpCode::kAsyncStart,
               "async_start/async_done pairs are made by XLA's schedulers, never "
               "by JAX programs");
  table.refuse(OpCode::kAsyncDone,
               "async_start/async_done pairs are made by XLA's schedulers, never "
               "by JAX programs");
  table.refuse(OpCode::kEinsum,
               "stablehlo.einsum is deprecated and JAX never emits it (jnp.einsum "
               "lowers to dot_general)");
  table.refuse(OpCode::kUnaryEinsum,
               "stablehlo.unary_einsum is deprecated and JAX never emits it");
  table.refuse(OpCode::kDynamicConv,
               "jaxlib refines shape-polymorphic programs to static shapes before they "
               "reach a plugin, so JAX emits stablehlo.convolution, never dynamic_conv; a "
               "dynamic_conv with runtime padding is not supported");
  table.refuse(OpCode::kSetDimensionSize,
               "bounded dynamic dimensions (set_dimension_size) are not supported, since "
               "MLX arrays have static shapes");
  table.refuse(OpCode::kTorchIndexSelect,
               "stablehlo.torch_index_select is deprecated and JAX never emits it "
               "(indexing lowers to gather)");
}

}  // namespace metallib::runtime::ops
