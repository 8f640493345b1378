// Custom calls that stand for a top-k, written as the sort and slices they
// mean, so the runtime needs no top_k of its own:
// - jax 0.9 sends lax.top_k as custom_call @mhlo.topk (newer jax sends a
//   chlo.top_k composite, which inline_calls expands): an iota of indices,
//   a stable sort by value, greatest first (total order for floats), and
//   slices of the first k along the last dimension, the decomposition
//   newer JAX gives the composite.
// - lax.approx_max_k / approx_min_k send custom_call @ApproxTopK off TPU.
//   XLA's CPU and GPU backends compute it exactly: a sort of the operands
//   by the called comparator along reduction_dim, then the first elements
//   (as many as the result type holds: k, or more when aggregate_to_topk is
//   false). The same sort and slices here; the recall target only matters
//   to TPUs.
#include <optional>
#include <string>
#include <vector>

#include "compiler/pass.h"
#include "ir/rewrite.h"

namespace metallib::compiler {
namespace {

bool is_custom_call(const ir::Op& op, std::string_view target_name) {
  if (op.code() != ir::OpCode::kCustomCall) return false;
  const ir::Attribute* target = op.attribute("call_target_name");
  const auto* name = target ? target->get<ir::StringAttr>() : nullptr;
  return name != nullptr && name->value == target_name;
}

// Entry `name` of the dictionary attribute `dictionary_name` of `op`.
const ir::Attribute* entry(const ir::Op& op, std::string_view dictionary_name,
                           std::string_view name) {
  const ir::Attribute* found = op.attribute(dictionary_name);
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
                      bool largest, ir::SharedLocation location) {
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

// Maps each result of `call` to the leading part of the same result of
// `sort`, as large as the call's result type.
void slice_results(const ir::Op& call, ir::Op& sort, ir::Block& block, ir::ValueMap& replaced) {
  for (size_t i = 0; i < call.results().size(); ++i) {
    const ir::Type& type = call.result(i).type();
    ir::Op& slice =
        block.add_op(ir::OpCode::kSlice, {&sort.result(i)}, {type}, call.shared_location());
    slice.set_attribute(
        "start_indices",
        ir::Attribute{ir::DenseI64ArrayAttr{std::vector<int64_t>(type.rank(), 0)}});
    slice.set_attribute("limit_indices", ir::Attribute{ir::DenseI64ArrayAttr{type.dims()}});
    slice.set_attribute(
        "strides", ir::Attribute{ir::DenseI64ArrayAttr{std::vector<int64_t>(type.rank(), 1)}});
    replaced[&call.result(i)] = &slice.result();
  }
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
  const ir::Attribute* largest_attribute = entry(top_k, "mhlo.attributes", "largest");
  const bool* largest = largest_attribute ? largest_attribute->get<bool>() : nullptr;
  ir::SharedLocation location = top_k.shared_location();
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
  slice_results(top_k, sort, block, replaced);
  return ok_status();
}

// A signed integer entry of @ApproxTopK's backend configuration.
std::optional<int64_t> config_integer(const ir::Op& op, std::string_view name) {
  const ir::Attribute* found = entry(op, "mhlo.backend_config", name);
  const auto* value = found ? found->get<ir::IntegerAttr>() : nullptr;
  return value ? std::optional<int64_t>(value->value) : std::nullopt;
}

// The sort's comparator: a copy of the called function's body, whose
// func.return becomes the region's stablehlo.return.
Status copy_comparator(const ir::Function& function, ir::Op& sort) {
  const ir::Block& body = *function.body.blocks().front();
  ir::Block& block = sort.add_region().add_block();
  ir::ValueMap map;
  for (const auto& argument : body.arguments()) {
    map[argument] = &block.add_argument(argument->type());
  }
  std::optional<std::vector<ir::Value*>> returned =
      ir::clone_function_body_into(body, block, map);
  if (!returned) {
    return invalid_argument("the comparator @" + function.name +
                            " of custom_call @ApproxTopK has no return");
  }
  block.add_op(ir::OpCode::kReturn, *returned, {}, body.ops().back()->shared_location());
  return ok_status();
}

// The comparator function @ApproxTopK calls; null when it names none.
const ir::Function* called_comparator(const ir::Op& call, const ir::Module& module) {
  const ir::Attribute* found = call.attribute("called_computations");
  const auto* array = found ? found->get<ir::ArrayAttr>() : nullptr;
  if (array == nullptr || array->values.size() != 1) return nullptr;
  const auto* symbol = array->values.front().get<ir::SymbolRefAttr>();
  return symbol ? module.find_function(symbol->name) : nullptr;
}

// Whether the results of @ApproxTopK are its first `count` operands cut
// down along `dimension` (never grown), the indices of a top-k.
bool results_fit(const ir::Op& call, size_t count, int64_t dimension) {
  for (size_t i = 0; i < count; ++i) {
    const ir::Type& input = call.operand(i)->type();
    const ir::Type& output = call.result(i).type();
    if (!input.is_tensor() || !input.has_static_shape() || !output.is_tensor() ||
        !output.has_static_shape() || input.element_type() != output.element_type() ||
        input.rank() != output.rank() || dimension < 0 || dimension >= input.rank()) {
      return false;
    }
    for (int64_t d = 0; d < input.rank(); ++d) {
      const int64_t in = input.dims()[d], out = output.dims()[d];
      if (d == dimension ? out > in || out < 1 : out != in) return false;
    }
  }
  return true;
}

// @ApproxTopK takes N operands (JAX: the values and an iota of indices)
// and N init values, which an exact top-k never reads, and gives N results.
Status expand_approx_top_k(const ir::Op& call, const ir::Module& module, ir::Block& block,
                           ir::ValueMap& replaced) {
  const size_t count = call.results().size();
  const std::optional<int64_t> dimension = config_integer(call, "reduction_dim");
  const std::optional<int64_t> k = config_integer(call, "top_k");
  const ir::Attribute* aggregate = entry(call, "mhlo.backend_config", "aggregate_to_topk");
  const bool* to_top_k = aggregate ? aggregate->get<bool>() : nullptr;
  if (count == 0 || call.operands().size() != 2 * count || !dimension || !k ||
      to_top_k == nullptr || !results_fit(call, count, *dimension) ||
      (*to_top_k && call.result(0).type().dims()[*dimension] != *k)) {
    return unimplemented(
        "custom_call @ApproxTopK is supported as JAX writes it: N operands of static shape, N "
        "init values, results cut to top_k (or more, without aggregate_to_topk) along "
        "backend_config's reduction_dim");
  }
  const ir::Function* comparator = called_comparator(call, module);
  if (comparator == nullptr || comparator->body.blocks().size() != 1 ||
      comparator->body.blocks().front()->arguments().size() != 2 * count) {
    return invalid_argument(
        "custom_call @ApproxTopK needs a called comparator taking two scalars per operand");
  }
  std::vector<ir::Value*> operands;
  std::vector<ir::Type> types;
  for (size_t i = 0; i < count; ++i) {
    operands.push_back(call.operand(i));
    types.push_back(call.operand(i)->type());
  }
  ir::Op& sort = block.add_op(ir::OpCode::kSort, operands, types, call.shared_location());
  sort.set_attribute("dimension", ir::Attribute{ir::IntegerAttr{*dimension}});
  // Stable: ties keep the lower index first, as XLA's CPU backend gives.
  sort.set_attribute("is_stable", ir::Attribute{true});
  METALLIB_RETURN_IF_ERROR(copy_comparator(*comparator, sort));
  slice_results(call, sort, block, replaced);
  return ok_status();
}

class Expander {
 public:
  explicit Expander(const ir::Module& module) : module_(module) {}

  Status process(ir::Region& region) {
    for (const auto& block : region.blocks()) METALLIB_RETURN_IF_ERROR(process(*block));
    return ok_status();
  }

 private:
  Status process(ir::Block& block) {
    ir::ValueMap replaced;
    for (ir::Op* op : block.take_ops()) {
      ir::remap_operands(*op, replaced);
      for (const auto& region : op->regions()) METALLIB_RETURN_IF_ERROR(process(*region));
      if (is_custom_call(*op, "mhlo.topk")) {
        METALLIB_RETURN_IF_ERROR(expand(*op, block, replaced));
      } else if (is_custom_call(*op, "ApproxTopK")) {
        METALLIB_RETURN_IF_ERROR(expand_approx_top_k(*op, module_, block, replaced));
      } else {
        block.append_op(op);
        continue;
      }
      // The replaced op stays in the module's arena, so the addresses
      // `replaced` is keyed by are never reused by new values.
    }
    return ok_status();
  }

  const ir::Module& module_;
};

}  // namespace

Status expand_top_k(ir::Module& module) {
  Expander expander(module);
  for (const auto& function : module.functions) {
    METALLIB_RETURN_IF_ERROR(expander.process(function->body));
  }
  return ok_status();
}

}  // namespace metallib::compiler
