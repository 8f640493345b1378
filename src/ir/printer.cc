#include "ir/printer.h"

#include <sstream>
#include <unordered_map>

namespace metallib::ir {
namespace {

class Printer {
 public:
  explicit Printer(std::ostringstream& out) : out_(out) {}

  void module(const Module& module) {
    out_ << "module";
    if (!module.name.empty()) out_ << " " << symbol_name(module.name);
    if (!module.attributes.empty()) out_ << " attributes " << dictionary(module.attributes);
    out_ << " {\n";
    for (const auto& function : module.functions) this->function(*function);
    out_ << "}\n";
  }

 private:
  void function(const Function& f) {
    names_.clear();
    next_argument_ = next_result_ = 0;
    out_ << "  func.func " << (f.is_public ? "public" : "private") << " " << symbol_name(f.name)
         << "(";
    const Block* entry = f.body.blocks().empty() ? nullptr : f.body.blocks().front().get();
    if (entry != nullptr) {
      for (size_t i = 0; i < entry->arguments().size(); ++i) {
        const Value& arg = *entry->arguments()[i];
        out_ << (i ? ", " : "") << define_argument(arg) << ": " << arg.type().to_string();
        if (i < f.argument_attributes.size() && !f.argument_attributes[i].empty()) {
          out_ << " " << dictionary(f.argument_attributes[i]);
        }
      }
    }
    out_ << ") -> (";
    for (size_t i = 0; i < f.result_types.size(); ++i) {
      out_ << (i ? ", " : "") << f.result_types[i].to_string();
      if (i < f.result_attributes.size() && !f.result_attributes[i].empty()) {
        out_ << " " << dictionary(f.result_attributes[i]);
      }
    }
    out_ << ") {\n";
    if (entry != nullptr) {
      for (const auto& op : entry->ops()) this->op(*op, 2);
    }
    out_ << "  }\n";
  }

  void op(const Op& op, int depth) {
    indent(depth);
    if (!op.results().empty()) {
      std::string first = define_results(op);
      out_ << first;
      if (op.results().size() > 1) out_ << ":" << op.results().size();
      out_ << " = ";
    }
    out_ << '"' << op.name() << "\"(";
    for (size_t i = 0; i < op.operands().size(); ++i) {
      out_ << (i ? ", " : "") << use(op.operands()[i]);
    }
    out_ << ")";
    if (!op.regions().empty()) {
      out_ << " (";
      for (size_t i = 0; i < op.regions().size(); ++i) {
        out_ << (i ? ", " : "");
        region(*op.regions()[i], depth);
      }
      out_ << ")";
    }
    if (!op.attributes().empty()) out_ << " " << dictionary(op.attributes());
    out_ << " : (";
    for (size_t i = 0; i < op.operands().size(); ++i) {
      out_ << (i ? ", " : "")
           << (op.operands()[i] ? op.operands()[i]->type().to_string() : "?");
    }
    out_ << ") -> ";
    if (op.results().size() == 1) {
      out_ << op.results()[0]->type().to_string();
    } else {
      out_ << "(";
      for (size_t i = 0; i < op.results().size(); ++i) {
        out_ << (i ? ", " : "") << op.results()[i]->type().to_string();
      }
      out_ << ")";
    }
    if (op.location().known()) out_ << "  // loc(" << op.location().text() << ")";
    out_ << "\n";
  }

  void region(const Region& region, int depth) {
    out_ << "{\n";
    for (const auto& block : region.blocks()) {
      indent(depth + 1);
      out_ << "^bb" << (&block - &region.blocks().front()) << "(";
      for (size_t i = 0; i < block->arguments().size(); ++i) {
        const Value& arg = *block->arguments()[i];
        out_ << (i ? ", " : "") << define_argument(arg) << ": " << arg.type().to_string();
      }
      out_ << "):\n";
      for (const auto& nested : block->ops()) op(*nested, depth + 2);
    }
    indent(depth);
    out_ << "}";
  }

  std::string dictionary(std::span<const NamedAttribute> attributes) {
    return attribute_to_string(Attribute{
        DictionaryAttr{std::vector<NamedAttribute>(attributes.begin(), attributes.end())}});
  }

  std::string define_argument(const Value& value) {
    std::string name = "%arg" + std::to_string(next_argument_++);
    names_[&value] = name;
    return name;
  }

  std::string define_results(const Op& op) {
    std::string base = "%" + std::to_string(next_result_++);
    for (size_t i = 0; i < op.results().size(); ++i) {
      names_[op.results()[i]] =
          op.results().size() == 1 ? base : base + "#" + std::to_string(i);
    }
    return base;
  }

  std::string use(const Value* value) {
    auto it = names_.find(value);
    return it == names_.end() ? std::string("%<undefined>") : it->second;
  }

  void indent(int depth) { out_ << std::string(2 * depth, ' '); }

  std::ostringstream& out_;
  std::unordered_map<const Value*, std::string> names_;
  int next_argument_ = 0;
  int next_result_ = 0;
};

}  // namespace

std::string print_module(const Module& module) {
  std::ostringstream out;
  Printer(out).module(module);
  return out.str();
}

}  // namespace metallib::ir
