// jax 0.9 sends lax.top_k as custom_call @mhlo.topk (newer jax sends a
// chlo.top_k composite, which inline_calls expands). This pass writes the
// same decomposition newer JAX gives the composite: an iota of indices, a
// stable sort by value, greatest first (total order for floats), and
// slices of the first k along the last dimension, so the runtime needs no
// top_k of its own and both versions run the same ops.
#include <string>
#include <vector>

#include "compiler/pass.h"
#include "ir/rewrite.h"

namespace metallib::compiler {
namespace {

bool is_top_k(const ir::Op& op) {
  if (op.code() != ir::OpCode::kCustomCall) return false;
  const ir::Attribute* target = op.attribute("call_target_name");
  const auto* name = target ? target->get<ir::StringAttr>() : nullptr;
  return name != nullptr && name->value == "mhlo.topk";
}

const ir::Attribute* mhlo_attribute(const ir::Op& op, std::string_view name) {
  const ir::Attribute* found = op.attribute("mhlo.attributes");
  const auto* dictionary = found ? found->get<ir::DictionaryAttr>() : nullptr;
  if (dictionary == nullptr) return nullptr;
  for (const ir::NamedAttribute& entry : dictionary->values) {
    if (entry.name == name) return &entry.value;
  }
  return nullptr;
}

// The comparator region: GT (LT when `largest` is false) of the values,
// in total order for floats; the indices only ride along.
void build_comparator(ir::Op& sort, ir::ElementType value_type, ir::ElementType index_type,
                      bool largest, const ir::SharedLocation& location) {
  ir::Block& block = sort.add_region().add_block();
  const ir::Type value = ir::Type::tensor(value_type, {});
  const ir::Type index = ir::Type::tensor(index_type, {});
  ir::Value& lhs = block.add_argument(value);
  ir::Value& rhs = block.add_argument(value);
  block.add_argument(index);
  block.add_argument(index);
  ir::Op& compare = block.add_op(ir::OpCode::kCompare, {&lhs, &rhs},
                                 {ir::Type::tensor(ir::ElementType::kPred, {})}, location);
  compare.set_attribute(
      "comparison_direction",
      ir::Attribute{ir::ComparisonDirectionAttr{largest ? ir::ComparisonDirection::kGt
                                                        : ir::ComparisonDirection::kLt}});
  const ir::ComparisonType type = ir::is_float(value_type) ? ir::ComparisonType::kTotalOrder
                                  : ir::is_signed_int(value_type) ? ir::ComparisonType::kSigned
                                  : ir::is_unsigned_int(value_type)
                                      ? ir::ComparisonType::kUnsigned
                                      : ir::ComparisonType::kNoType;
  compare.set_attribute("compare_type", ir::Attribute{ir::ComparisonTypeAttr{type}});
  block.add_op(ir::OpCode::kReturn, {&compare.result()}, {}, location);
}

// Appends the decomposition of `top_k` to `block`; maps its results.
Status expand(const ir::Op& top_k, ir::Block& block, ir::ValueMap& replaced) {
  if (top_k.operands().size() != 1 || top_k.results().size() != 2) {
    return invalid_argument(
        "custom_call @mhlo.topk must take one operand and give two results");
  }
  const ir::Type& input = top_k.operand(0)->type();
  const ir::Type& values = top_k.result(0).type();
  const ir::Type& indices = top_k.result(1).type();
  if (!input.is_tensor() || !input.has_static_shape() || input.rank() == 0 ||
      !values.is_tensor() || !indices.is_tensor() || values.dims() != indices.dims() ||
      values.rank() != input.rank()) {
    return unimplemented("custom_call @mhlo.topk of " + input.to_string() +
                         " is not supported (static shapes of rank >= 1 only)");
  }
  const ir::Attribute* largest_attribute = mhlo_attribute(top_k, "largest");
  const bool* largest = largest_attribute ? largest_attribute->get<bool>() : nullptr;
  const ir::SharedLocation& location = top_k.shared_location();
  const int64_t last = input.rank() - 1;
  const ir::Type all_indices = ir::Type::tensor(indices.element_type(), input.dims());

  ir::Op& iota = block.add_op(ir::OpCode::kIota, {}, {all_indices}, location);
  iota.set_attribute("iota_dimension", ir::Attribute{ir::IntegerAttr{last}});
  ir::Op& sort = block.add_op(ir::OpCode::kSort, {top_k.operand(0), &iota.result()},
                              {input, all_indices}, location);
  sort.set_attribute("dimension", ir::Attribute{ir::IntegerAttr{last}});
  sort.set_attribute("is_stable", ir::Attribute{true});
  build_comparator(sort, input.element_type(), indices.element_type(),
                   largest == nullptr || *largest, location);
  for (int i = 0; i < 2; ++i) {
    const ir::Type& type = top_k.result(i).type();
    ir::Op& slice = block.add_op(ir::OpCode::kSlice, {&sort.result(i)}, {type}, location);
    slice.set_attribute(
        "start_indices",
        ir::Attribute{ir::DenseI64ArrayAttr{std::vector<int64_t>(type.rank(), 0)}});
    slice.set_attribute("limit_indices", ir::Attribute{ir::DenseI64ArrayAttr{type.dims()}});
    slice.set_attribute(
        "strides", ir::Attribute{ir::DenseI64ArrayAttr{std::vector<int64_t>(type.rank(), 1)}});
    replaced[&top_k.result(i)] = &slice.result();
  }
  return ok_status();
}

class Expander {
 public:
  Status process(ir::Region& region) {
    for (const auto& block : region.blocks()) METALLIB_RETURN_IF_ERROR(process(*block));
    return ok_status();
  }

 private:
  Status process(ir::Block& block) {
    ir::ValueMap replaced;
    for (std::unique_ptr<ir::Op>& op : block.take_ops()) {
      ir::remap_operands(*op, replaced);
      for (const auto& region : op->regions()) METALLIB_RETURN_IF_ERROR(process(*region));
      if (!is_top_k(*op)) {
        block.append_op(std::move(op));
        continue;
      }
      METALLIB_RETURN_IF_ERROR(expand(*op, block, replaced));
      // Kept until the pass ends: `replaced` is keyed by its results.
      expanded_.push_back(std::move(op));
    }
    return ok_status();
  }

  std::vector<std::unique_ptr<ir::Op>> expanded_;
};

}  // namespace

Status expand_top_k(ir::Module& module) {
  Expander expander;
  for (const auto& function : module.functions) {
    METALLIB_RETURN_IF_ERROR(expander.process(function->body));
  }
  return ok_status();
}

}  // namespace metallib::compiler
