// A reduce on a narrow float type (float8, float4) rounds after every step,
// so its result depends on the order of the steps, and XLA's CPU backend,
// our oracle, has a fixed one: its TreeReductionRewriter (window 32) first
// reduces windows of up to 32 elements along each reduced dimension (SAME
// padding, padded positions skipped) when any reduced dimension is longer
// than 32, then reduces what is left; each of these folds its elements one
// after another in row-major order, starting from the init value. Such a
// reduce becomes the same reduce_windows, which the runtime folds in that
// order, and a reshape that drops the reduced dimensions. Wider types keep
// their reduce: their steps round too little for the order to show in
// tests, and MLX's reductions are much faster.
#include <algorithm>
#include <cstring>

#include "compiler/narrow_types.h"
#include "compiler/pass.h"
#include "ir/rewrite.h"

namespace metallib::compiler {
namespace {

constexpr int64_t kTreeWindow = 32;  // XLA's CPU reduce_window_size

bool is_narrow_float_reduce(const ir::Op& op) {
  if (op.code() != ir::OpCode::kReduce || op.operands().size() != 2 || op.regions().size() != 1)
    return false;
  const ir::Type& type = op.operand(0)->type();
  return type.is_tensor() && type.has_static_shape() && is_narrow(type.element_type()) &&
         ir::is_float(type.element_type()) && op.attribute("dimensions") != nullptr;
}

ir::Attribute i64_array(std::vector<int64_t> values) {
  return ir::Attribute{ir::DenseI64ArrayAttr{std::move(values)}};
}

// A reduce_window of `input` with `body` over windows `window` moved by
// `strides`, padded by `low`/`high`.
ir::Value* reduce_window(ir::Block& dst, const ir::Op& reduce, ir::Value* input,
                         const std::vector<int64_t>& window,
                         const std::vector<int64_t>& strides, const std::vector<int64_t>& low,
                         const std::vector<int64_t>& high) {
  const ir::Type& type = input->type();
  const size_t rank = type.dims().size();
  std::vector<int64_t> dims(rank);
  std::string padding(rank * 2 * sizeof(int64_t), '\0');
  for (size_t i = 0; i < rank; ++i) {
    dims[i] = (type.dims()[i] + low[i] + high[i] - window[i]) / strides[i] + 1;
    std::memcpy(padding.data() + (2 * i) * sizeof(int64_t), &low[i], sizeof(int64_t));
    std::memcpy(padding.data() + (2 * i + 1) * sizeof(int64_t), &high[i], sizeof(int64_t));
  }
  ir::Op& op =
      dst.add_op(ir::OpCode::kReduceWindow, {input, reduce.operand(1)},
                 {ir::Type::tensor(type.element_type(), dims)}, reduce.shared_location());
  op.set_attribute("window_dimensions", i64_array(window));
  op.set_attribute("window_strides", i64_array(strides));
  op.set_attribute("base_dilations", i64_array(std::vector<int64_t>(rank, 1)));
  op.set_attribute("window_dilations", i64_array(std::vector<int64_t>(rank, 1)));
  op.set_attribute("padding",
                   ir::Attribute{ir::DenseElementsAttr{
                       ir::Type::tensor(ir::ElementType::kS64, {static_cast<int64_t>(rank), 2}),
                       std::move(padding), false}});
  const ir::Block& body = *reduce.regions()[0]->blocks().front();
  ir::Block& copy = op.add_region().add_block();
  ir::ValueMap map;
  for (const auto& argument : body.arguments()) {
    map[argument] = &copy.add_argument(argument->type());
  }
  for (const auto& nested : body.ops()) ir::clone_op_into(*nested, copy, map);
  return &op.result();
}

// The reduce's result, from reduce_windows in XLA's order.
ir::Value* ordered_reduce(ir::Block& dst, const ir::Op& reduce) {
  const std::vector<int64_t>& reduced =
      reduce.attribute("dimensions")->get<ir::DenseI64ArrayAttr>()->values;
  ir::Value* input = reduce.operand(0);
  const std::vector<int64_t> dims = input->type().dims();
  const size_t rank = dims.size();
  auto is_reduced = [&](size_t i) {
    return std::find(reduced.begin(), reduced.end(), static_cast<int64_t>(i)) != reduced.end();
  };
  const std::vector<int64_t> ones(rank, 1), zeros(rank, 0);
  bool long_dimension = false;
  for (size_t i = 0; i < rank; ++i) long_dimension |= is_reduced(i) && dims[i] > kTreeWindow;
  if (long_dimension) {
    std::vector<int64_t> window(rank, 1), low(rank, 0), high(rank, 0);
    for (size_t i = 0; i < rank; ++i) {
      if (!is_reduced(i)) continue;
      window[i] = std::min(dims[i], kTreeWindow);
      const int64_t windows = (dims[i] + window[i] - 1) / window[i];
      const int64_t padding = std::max<int64_t>(0, windows * window[i] - dims[i]);
      low[i] = padding / 2;
      high[i] = padding - low[i];
    }
    input = reduce_window(dst, reduce, input, window, window, low, high);
  }
  std::vector<int64_t> whole(rank, 1);
  for (size_t i = 0; i < rank; ++i) {
    if (is_reduced(i)) whole[i] = input->type().dims()[i];
  }
  input = reduce_window(dst, reduce, input, whole, ones, zeros, zeros);
  return &dst.add_op(ir::OpCode::kReshape, {input}, {reduce.result().type()},
                     reduce.shared_location())
              .result();
}

class Orderer {
 public:
  void rebuild(ir::Block& block) {
    std::vector<ir::Op*> ops = block.take_ops();
    for (ir::Op* op : ops) {
      ir::remap_operands(*op, replaced_);
      for (const auto& region : op->regions()) {
        for (const auto& nested : region->blocks()) rebuild(*nested);
      }
      if (!is_narrow_float_reduce(*op)) {
        block.append_op(op);
        continue;
      }
      // The reduce stays in the module's arena, so the address keyed in
      // replaced_ is not reused by a new value.
      replaced_[&op->result()] = ordered_reduce(block, *op);
    }
  }

 private:
  ir::ValueMap replaced_;
};

bool has_narrow_reduce(const ir::Region& region) {
  for (const auto& block : region.blocks()) {
    for (const auto& op : block->ops()) {
      if (is_narrow_float_reduce(*op)) return true;
      for (const auto& nested : op->regions()) {
        if (has_narrow_reduce(*nested)) return true;
      }
    }
  }
  return false;
}

}  // namespace

Status order_narrow_reductions(ir::Module& module) {
  for (const auto& function : module.functions) {
    if (!has_narrow_reduce(function->body)) continue;  // most programs
    Orderer orderer;
    for (const auto& block : function->body.blocks()) orderer.rebuild(*block);
  }
  return ok_status();
}

}  // namespace metallib::compiler
