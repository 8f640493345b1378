// Inlining: nested jax.jit functions arrive as func.call to private
// functions. Replacing each call by a copy of the callee's body lets every
// later pass and the plan see one flat program. A stablehlo.composite (JAX
// wraps chlo ops such as top_k, erf and acosh in one) means exactly its
// decomposition function, so it is inlined the same way.
#include <string>
#include <unordered_set>
#include <vector>

#include "compiler/pass.h"
#include "ir/rewrite.h"
#include "ir/walk.h"

namespace metallib::compiler {
namespace {

class Inliner {
 public:
  explicit Inliner(ir::Module& module) : module_(module) {}

  // Inlines every call inside `function`, after inlining its callees'
  // bodies (each function is processed once).
  Status process(ir::Function& function) {
    if (done_.count(&function)) return ok_status();
    if (!active_.insert(&function).second) {
      return invalid_argument("function @" + function.name +
                              " calls itself (directly or indirectly); recursion cannot be "
                              "inlined");
    }
    METALLIB_RETURN_IF_ERROR(process(function.body));
    active_.erase(&function);
    done_.insert(&function);
    return ok_status();
  }

 private:
  Status process(ir::Region& region) {
    for (const auto& block : region.blocks()) METALLIB_RETURN_IF_ERROR(process(*block));
    return ok_status();
  }

  Status process(ir::Block& block) {
    ir::ValueMap replaced;  // call results -> the inlined values
    for (ir::Op* op : block.take_ops()) {
      ir::remap_operands(*op, replaced);
      for (const auto& region : op->regions()) METALLIB_RETURN_IF_ERROR(process(*region));
      if (op->code() != ir::OpCode::kFuncCall && op->code() != ir::OpCode::kComposite) {
        block.append_op(op);
        continue;
      }
      METALLIB_RETURN_IF_ERROR(inline_call(*op, block, replaced));
      // The replaced op stays in the module's arena, so the addresses
      // `replaced` is keyed by are never reused by new values.
    }
    return ok_status();
  }

  Status inline_call(const ir::Op& call, ir::Block& block, ir::ValueMap& replaced) {
    const bool composite = call.code() == ir::OpCode::kComposite;
    const std::string name = composite ? composite_name(call) : "";
    const std::string what = composite ? "stablehlo.composite '" + name + "'" : "func.call";
    const ir::Attribute* callee_attribute =
        call.attribute(composite ? "decomposition" : "callee");
    const auto* symbol =
        callee_attribute ? callee_attribute->get<ir::SymbolRefAttr>() : nullptr;
    if (symbol == nullptr) {
      return invalid_argument(
          what + (composite ? " without a decomposition symbol" : " without a callee symbol"));
    }
    ir::Function* callee = module_.find_function(symbol->name);
    if (callee == nullptr) {
      return invalid_argument(what + " calls @" + symbol->name + ", which the module lacks");
    }
    METALLIB_RETURN_IF_ERROR(process(*callee));
    const ir::Block& body = *callee->body.blocks().front();
    if (body.arguments().size() != call.operands().size()) {
      return invalid_argument(what + " passes " + std::to_string(call.operands().size()) +
                              " arguments to @" + callee->name + ", which takes " +
                              std::to_string(body.arguments().size()));
    }
    // Ops inlined from a composite keep its name, as MLIR names a location:
    // "chlo.top_k"(<the composite's location>).
    ir::SharedLocation call_site = call.shared_location();
    if (composite) {
      call_site = block.make_location(ir::Location::named("\"" + name + "\"", call_site));
    }
    ir::ValueMap map;
    for (size_t i = 0; i < call.operands().size(); ++i) {
      map[body.arguments()[i]] = call.operands()[i];
    }
    std::optional<std::vector<ir::Value*>> returned = ir::clone_function_body_into(
        body, block, map, [&](ir::Op& copy) { mark_call_site(copy, call_site); });
    if (!returned) return invalid_argument("@" + callee->name + " has no func.return");
    if (returned->size() != call.results().size()) {
      return invalid_argument("@" + callee->name + " returns " +
                              std::to_string(returned->size()) + " values but " + what +
                              " expects " + std::to_string(call.results().size()));
    }
    for (size_t i = 0; i < returned->size(); ++i) {
      replaced[call.results()[i]] = (*returned)[i];
    }
    return ok_status();
  }

  // What the composite stands for, e.g. "chlo.top_k".
  static std::string composite_name(const ir::Op& composite) {
    const ir::Attribute* name = composite.attribute("name");
    const auto* text = name ? name->get<ir::StringAttr>() : nullptr;
    return text ? text->value : std::string("?");
  }

  // An inlined op's own location names only its place in the callee; the
  // call's location leads back to the user's code, so errors keep both.
  static void mark_call_site(ir::Op& op, ir::SharedLocation call) {
    if (call == nullptr) return;
    ir::for_each_op(op, [&](ir::Op& each) {
      ir::SharedLocation own = each.shared_location();
      each.set_location(own == nullptr
                            ? call
                            : each.parent()->make_location(ir::Location::call_site(own, call)));
    });
  }

  ir::Module& module_;
  std::unordered_set<const ir::Function*> active_;
  std::unordered_set<const ir::Function*> done_;
};

}  // namespace

Status inline_calls(ir::Module& module) {
  ir::Function* entry = module.find_function(kEntryFunction);
  if (entry == nullptr) {
    return invalid_argument("the program has no @" + std::string(kEntryFunction) + " function");
  }
  Inliner inliner(module);
  METALLIB_RETURN_IF_ERROR(inliner.process(*entry));
  // Before the other functions go: @ApproxTopK's comparator is one.
  METALLIB_RETURN_IF_ERROR(expand_top_k(module));
  // Every other function is now unreachable.
  std::erase_if(module.functions, [&](const auto& f) { return f.get() != entry; });
  return ok_status();
}

}  // namespace metallib::compiler
