#include "stablehlo/module_reader.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/log.h"
#include "stablehlo/bytecode/byte_reader.h"
#include "stablehlo/bytecode/reader.h"
#include "stablehlo/deferred_locations.h"
#include "stablehlo/function_reader.h"
#include "stablehlo/version.h"
#include "stablehlo/vhlo/container_resolver.h"
#include "stablehlo/vhlo_ops.h"

namespace metallib::stablehlo {
namespace {

using bytecode::Container;
using bytecode::RawBlock;
using bytecode::RawOp;
using bytecode::RawRegion;

constexpr std::string_view kProducerPrefix = "StableHLO_v";

StatusOr<Version> artifact_version(const Container& container) {
  std::string_view producer = container.producer;
  std::optional<Version> version;
  if (producer.starts_with(kProducerPrefix)) {
    version = parse_version(std::string(producer.substr(kProducerPrefix.size())));
  }
  if (!version) {
    return invalid_argument("the producer '" + std::string(producer) +
                            "' does not name a StableHLO version; this is not a StableHLO "
                            "portable artifact");
  }
  if (*version < kOldestVhloVersion || *version > kNewestVhloVersion) {
    return unimplemented("StableHLO " + version_string(*version) +
                         " is outside the versions this plugin reads (" +
                         version_string(kOldestVhloVersion) + " to " +
                         version_string(kNewestVhloVersion) + ")");
  }
  return *version;
}

// Value numbers of one isolated-from-above scope, mapped to IR values as
// they are defined (see bytecode/container.h for the numbering).
struct Scope {
  std::vector<ir::Value*> values;
  void clear() { values.clear(); }
  // Makes room for a region's values up front, so defining them does not
  // grow the table one value at a time.
  void open(const RawRegion& region) {
    const size_t end = size_t{region.first_value} + region.num_values;
    if (end > values.size()) values.resize(end, nullptr);
  }
  // Runs for every value defined: the rare growth is kept out of line so
  // that the rest inlines where ops are read.
  void define(uint32_t number, ir::Value* value) {
    if (number >= values.size()) grow_to(number + 1);
    values[number] = value;
  }
  [[gnu::noinline]] void grow_to(size_t size) { values.resize(size, nullptr); }
};

// What the reader makes of one op name of the artifact, decided once per
// name rather than once per op.
struct OpName {
  std::string full_name;     // "vhlo.add_v1"
  bool is_function = false;  // vhlo.func_v1
  bool is_shardy = false;    // sdy.*, ignored at the top level
  // Sharding hints and the casts around them, identities on one device.
  bool may_be_identity = false;
  const VhloOpInfo* info = nullptr;  // null for ops we do not read
  bool in_version = false;           // info's op exists in the artifact's version
};

enum class OpKind : uint8_t { kModule, kFunction, kOp };
struct OpenOp {
  OpKind kind;
  ir::Op* op = nullptr;              // kOp; null for an identity op
  ir::Function* function = nullptr;  // kFunction
  bool isolated = false;             // kOp: its regions number values from 0
  ir::Region* region = nullptr;      // kOp: the region being read
  bool opened_scope = false;         // the region being read opened a scope
};
struct OpenBlock {
  ir::Block* block;  // null for the top-level block and the module's
  bool function_level;
};
// By properties entry: the first op read with it, whose attribute list
// later ops of its name share; see ModuleReader::read_attributes.
struct SharedAttributes {
  uint32_t op_name = 0;
  const ir::Op* op = nullptr;
};

// The working lists of one read, kept by read_module() from one read to the
// next so that a small program's read does not allocate them again (see
// ReaderMemory). A read starts by clearing them; the module keeps none.
struct ReaderScratch {
  std::vector<ir::NamedAttribute> attributes;  // one op's
  std::vector<ir::SharedLocation> locations;   // deferred nodes by entry index
  std::vector<OpenOp> open;                    // innermost last
  std::vector<OpenBlock> blocks;               // innermost last
  // Value tables of the open isolated scopes, reused from depth to depth.
  std::vector<Scope> scopes;
  std::vector<OpName> op_names;                     // by op name index
  std::vector<const ir::Type*> value_types;         // by type index, made on first use
  std::vector<ir::Value*> operands;                 // one op's
  std::vector<const ir::Type*> result_types;        // one op's
  std::vector<SharedAttributes> shared_attributes;  // by properties entry

  // How many value slots the scopes hold: the longest list, one per value
  // of the largest function read.
  size_t kept_values() const {
    size_t count = 0;
    for (const Scope& scope : scopes) count += scope.values.capacity();
    return count;
  }

  void clear() {
    attributes.clear();
    open.clear();
    blocks.clear();
    if (scopes.empty()) scopes.emplace_back();
    scopes.front().clear();
    value_types.clear();
    operands.clear();
    result_types.clear();
    shared_attributes.clear();
  }
};

// Builds the module as the op tree streams past (bytecode::IrVisitor), so the
// tree is never held whole. The open ops, regions and blocks are kept on
// stacks: the module, then a function, then ops nested in regions.
class ModuleReader final : public bytecode::IrVisitor {
 public:
  // Op locations are deferred nodes in `storage`, the module's, as is the
  // source that decodes them. The resolver keeps there any location node an
  // attribute entry refers to, so that none dies with the reader.
  // `scratch` lends the read its working lists, cleared here. They are
  // moved in and given back when the reader dies, rather than used through
  // a reference: the per-op path then reaches them without a second load.
  ModuleReader(const Container& container, Version version, ir::Storage& storage,
               ReaderScratch& scratch)
      : lent_(scratch),
        lists_(std::move(scratch)),
        container_(container),
        resolver_(container, &storage),
        version_(version) {
    lists_.clear();
    lists_.shared_attributes.resize(container.properties.size());
    // Assigned over the last read's names, whose strings keep their memory.
    lists_.op_names.resize(container.op_names.size());
    for (uint32_t i = 0; i < container.op_names.size(); ++i) {
      OpName& name = lists_.op_names[i];
      name = OpName{std::move(name.full_name)};
      bytecode::assign_full_op_name(container, i, &name.full_name);
      name.is_function = name.full_name == "vhlo.func_v1";
      name.is_shardy = name.full_name.starts_with("sdy.");
      name.may_be_identity = name.full_name == "sdy.sharding_constraint" ||
                             name.full_name == "builtin.unrealized_conversion_cast";
      name.info = find_vhlo_op(name.full_name);
      name.in_version = name.info != nullptr && version >= name.info->min_version &&
                        version <= name.info->max_version;
    }
  }

  ~ModuleReader() { lent_ = std::move(lists_); }
  ModuleReader(const ModuleReader&) = delete;
  ModuleReader& operator=(const ModuleReader&) = delete;

  // `artifact` holds the bytes `container` was read from.
  Status read(ir::Module& module, std::span<const uint8_t> artifact) {
    module_ = &module;
    storage_ = module.storage.get();
    location_source_ = storage_->keep_location_source(
        std::make_unique<DeferredLocations>(artifact, *storage_));
    lists_.locations.assign(container_.attributes.size(), nullptr);
    METALLIB_RETURN_IF_ERROR(bytecode::read_ir(container_, *this));
    if (!read_module_op_) return invalid_argument(kNotOneModule);
    return ok_status();
  }

  Status begin_block(const RawBlock& raw) override {
    if (skipping_ > 0) return skip_begin();
    if (lists_.blocks.empty()) {  // the top-level block
      lists_.blocks.push_back({nullptr, false});
      return ok_status();
    }
    OpenOp& parent = lists_.open.back();
    if (parent.kind == OpKind::kModule) {
      lists_.blocks.push_back({nullptr, false});
      return ok_status();
    }
    ir::Block* block = nullptr;
    if (parent.kind == OpKind::kFunction) {
      block = &parent.function->body.add_block();
    } else {
      block = &parent.region->add_block();
    }
    Scope& scope = lists_.scopes[scope_depth_];
    block->reserve_arguments(raw.args.size());
    for (size_t i = 0; i < raw.args.size(); ++i) {
      METALLIB_ASSIGN_OR_RETURN(const ir::Type* type, value_type(raw.args[i].type));
      scope.define(raw.first_value + static_cast<uint32_t>(i), &block->add_argument(type));
    }
    block->reserve_ops(raw.num_ops);
    lists_.blocks.push_back({block, parent.kind == OpKind::kFunction});
    return ok_status();
  }

  Status end_block() override {
    if (skipping_ > 0) return skip_end();
    lists_.blocks.pop_back();
    return ok_status();
  }

  Status begin_op(const RawOp& raw) override {
    if (skipping_ > 0) return skip_begin();
    const OpName& name = lists_.op_names[raw.name];
    if (lists_.blocks.size() == 1) {  // in the top-level block
      if (read_module_op_ || name.full_name != "builtin.module") {
        return invalid_argument(kNotOneModule);
      }
      read_module_op_ = true;
      METALLIB_RETURN_IF_ERROR(read_module_attributes(raw, *module_));
      if (raw.num_regions != 1) return invalid_argument(kModuleShape);
      lists_.open.push_back({OpKind::kModule});
      return ok_status();
    }
    if (lists_.blocks.back().block == nullptr) {  // in the module's block
      if (name.is_function) {
        METALLIB_ASSIGN_OR_RETURN(ir::Function * function,
                                  read_function(container_, raw, resolver_, *module_));
        lists_.open.push_back({OpKind::kFunction, nullptr, function});
        return ok_status();
      }
      if (name.is_shardy) {
        // Shardy meshes describe multi-device layouts; one device ignores them.
        skipping_ = 1;
        return ok_status();
      }
      return unimplemented("unexpected op '" + name.full_name +
                           "' at the top level of the module");
    }
    METALLIB_ASSIGN_OR_RETURN(
        ir::Op * op, read_op(raw, *lists_.blocks.back().block, lists_.scopes[scope_depth_],
                             lists_.blocks.back().function_level));
    // Filled in place: a copy built on the stack and moved in whole reads
    // back bytes just stored one by one, which stalls store forwarding.
    OpenOp& open = lists_.open.emplace_back();
    open.kind = OpKind::kOp;
    open.op = op;
    open.isolated = raw.isolated_from_above;
    return ok_status();
  }

  Status end_op() override {
    if (skipping_ > 0) return skip_end();
    lists_.open.pop_back();
    return ok_status();
  }

  Status begin_region(const RawRegion& raw) override {
    if (skipping_ > 0) return skip_begin();
    OpenOp& parent = lists_.open.back();
    switch (parent.kind) {
      case OpKind::kModule:
        if (raw.num_blocks != 1) return invalid_argument(kModuleShape);
        return ok_status();
      case OpKind::kFunction:
        if (raw.num_blocks != 1) {
          return invalid_argument("function @" + parent.function->name +
                                  " must have one region with one block");
        }
        // A function's values are numbered from 0 in a scope of its own.
        enter_scope(raw);
        parent.opened_scope = true;
        return ok_status();
      case OpKind::kOp:
        if (parent.op == nullptr) {
          return internal_error("an op read as an identity has regions");
        }
        parent.region = &parent.op->add_region();
        // An isolated region numbers its values from 0 in a scope of its own.
        parent.opened_scope = parent.isolated;
        if (parent.isolated) {
          enter_scope(raw);
        } else {
          lists_.scopes[scope_depth_].open(raw);
        }
        return ok_status();
    }
    return ok_status();
  }

  Status end_region() override {
    if (skipping_ > 0) return skip_end();
    OpenOp& parent = lists_.open.back();
    if (parent.opened_scope) --scope_depth_;
    parent.opened_scope = false;
    return ok_status();
  }

 private:
  static constexpr const char* kNotOneModule =
      "the artifact does not hold exactly one builtin.module";
  static constexpr const char* kModuleShape =
      "builtin.module must have one region with one block";

  // Scopes are reused, not reallocated: reduce bodies open one each.
  void enter_scope(const RawRegion& region) {
    if (++scope_depth_ == lists_.scopes.size()) lists_.scopes.emplace_back();
    lists_.scopes[scope_depth_].clear();
    lists_.scopes[scope_depth_].open(region);
  }

  // Inside an ignored op: counts what opens and closes until it ends.
  Status skip_begin() {
    ++skipping_;
    return ok_status();
  }
  Status skip_end() {
    --skipping_;
    return ok_status();
  }

 private:
  // The module's name (its sym_name property) and its discardable attributes
  // (mhlo.num_partitions, mhlo.num_replicas, ...).
  Status read_module_attributes(const RawOp& raw, ir::Module& module) {
    if (raw.properties) {
      // builtin.module's properties are optional attributes: 0 when unset,
      // else the attribute index shifted left once with a set low bit.
      bytecode::ByteReader reader(container_.properties[*raw.properties].bytes,
                                  container_.properties[*raw.properties].offset);
      METALLIB_ASSIGN_OR_RETURN(uint64_t sym_name, reader.read_varint("module sym_name"));
      if (sym_name != 0) {
        METALLIB_ASSIGN_OR_RETURN(const ir::Attribute* name,
                                  resolver_.attribute(sym_name >> 1));
        if (const auto* text = name->get<ir::StringAttr>()) module.name = text->value;
      }
    }
    METALLIB_ASSIGN_OR_RETURN(module.attributes, discardable_attributes(raw));
    return ok_status();
  }

  // An op's discardable attributes. Those the IR cannot hold (other
  // dialects' attributes such as Shardy's) are skipped: they describe
  // multi-device layouts and never change single-device results.
  StatusOr<std::vector<ir::NamedAttribute>> discardable_attributes(const RawOp& raw) {
    std::vector<ir::NamedAttribute> result;
    METALLIB_RETURN_IF_ERROR(append_discardable_attributes(raw, &result));
    return result;
  }

  // The op's discardable attributes, or null when it has none.
  StatusOr<const ir::DictionaryAttr*> discardable_dictionary(const RawOp& raw) {
    if (!raw.attributes) return nullptr;
    return dictionary_entry(*raw.attributes);
  }

  StatusOr<const ir::DictionaryAttr*> dictionary_entry(uint32_t index) {
    METALLIB_ASSIGN_OR_RETURN(const vhlo::DecodedAttribute* decoded,
                              resolver_.borrow_attribute(index));
    const auto* attribute = std::get_if<ir::Attribute>(decoded);
    const auto* dict = attribute ? attribute->get<ir::DictionaryAttr>() : nullptr;
    if (dict == nullptr)
      return invalid_argument("an op's attribute dictionary is not a dictionary");
    return dict;
  }

  // Appends the op's discardable attributes to `result`, sorted by name.
  Status append_discardable_attributes(const RawOp& raw,
                                       std::vector<ir::NamedAttribute>* result) {
    METALLIB_ASSIGN_OR_RETURN(const ir::DictionaryAttr* dict, discardable_dictionary(raw));
    if (dict == nullptr) return ok_status();
    const auto first = static_cast<std::ptrdiff_t>(result->size());
    result->insert(result->end(), dict->values.begin(), dict->values.end());
    std::sort(result->begin() + first, result->end(),
              [](const ir::NamedAttribute& a, const ir::NamedAttribute& b) {
                return a.name < b.name;
              });
    return ok_status();
  }

  // The op's inherent attributes, named `names` in the order its properties
  // hold them; those flagged in `integer_lists` (VhloOpInfo) may be read as
  // i64 arrays straight away. Inlined where ops are read: left to itself,
  // GCC calls it, and with the call it lays out the per-op path around it
  // less well (2% more instructions reading large_unrolled, 1% for small
  // programs).
  [[gnu::always_inline]] Status append_properties(const RawOp& raw,
                                                  const std::vector<std::string_view>& names,
                                                  const std::vector<bool>& integer_lists,
                                                  std::string_view op_name,
                                                  std::vector<ir::NamedAttribute>* result) {
    if (names.empty()) return ok_status();
    if (!raw.properties) {
      return invalid_argument("'" + std::string(op_name) + "' has no properties but needs " +
                              std::to_string(names.size()) + " attributes");
    }
    const bytecode::ByteRange& range = container_.properties[*raw.properties];
    bytecode::ByteReader reader(range.bytes, range.offset);
    for (size_t i = 0; i < names.size(); ++i) {
      const std::string_view name = names[i];
      METALLIB_ASSIGN_OR_RETURN(uint64_t index, reader.read_varint(name));
      if (integer_lists[i]) {
        // Decoded as the list it becomes, rather than as a tensor constant
        // that canonicalization then converts; any other entry goes on.
        if (std::optional<std::vector<int64_t>> list = resolver_.integer_list(index)) {
          ir::NamedAttribute& kept = result->emplace_back();
          kept.name = name;
          kept.value.value.emplace<ir::DenseI64ArrayAttr>(
              ir::DenseI64ArrayAttr{std::move(*list)});
          continue;
        }
      }
      // Taken, not borrowed: the op keeps the value, and ops with equal
      // properties share their list (read_attributes), so a resolver copy
      // would only be copied again. Used where it lies, not moved out first.
      StatusOr<vhlo::DecodedAttribute> value = resolver_.take_attribute(index);
      if (!value.ok()) return value.status();
      if (auto* attribute = std::get_if<ir::Attribute>(&*value)) {
        if (!is_unset(*attribute)) {
          // Made in place: a NamedAttribute built first and then pushed
          // would move the attribute twice.
          ir::NamedAttribute& kept = result->emplace_back();
          kept.name = name;
          kept.value = std::move(*attribute);
        }
      }
    }
    if (!reader.empty()) {
      return invalid_argument("'" + std::string(op_name) + "' has more properties than the " +
                              std::to_string(names.size()) + " attributes it defines");
    }
    return ok_status();
  }

  // VHLO fills attributes a program leaves unset with placeholders (a type
  // attribute of `none`, e.g. dot_general_v2's unset precision types); they
  // carry no meaning and are left out.
  static bool is_unset(const ir::Attribute& attribute) {
    const auto* type = attribute.get<ir::TypeAttr>();
    return type != nullptr && type->type.is_tensor() &&
           type->type.element_type() == ir::ElementType::kInvalid;
  }

  // Looked up once per type entry: every result and argument asks, and the
  // module keeps one copy of each for its values to share. Small enough to
  // inline where each op's result types are read; the first use of each
  // type entry goes to keep_value_type().
  StatusOr<const ir::Type*> value_type(uint32_t index) {
    if (index < lists_.value_types.size() && lists_.value_types[index] != nullptr)
      return lists_.value_types[index];
    return keep_value_type(index);
  }

  StatusOr<const ir::Type*> keep_value_type(uint32_t index) {
    METALLIB_ASSIGN_OR_RETURN(const vhlo::DecodedType* decoded, resolver_.type(index));
    if (const auto* type = std::get_if<ir::Type>(decoded)) {
      if (index >= lists_.value_types.size())
        lists_.value_types.resize(container_.types.size(), nullptr);
      lists_.value_types[index] = storage_->keep_type(*type);
      return lists_.value_types[index];
    }
    return invalid_argument("type " + vhlo::decoded_type_to_string(*decoded) +
                            " is not a value type");
  }

  // The location of attribute entry `index` (in range: the IR reader
  // checked it), a deferred node made once and shared by every op there.
  ir::SharedLocation location(uint32_t index) {
    ir::SharedLocation& node = lists_.locations[index];
    if (node == nullptr) {
      node =
          storage_->arena.make<ir::Location>(ir::Location::deferred(location_source_, index));
    }
    return node;
  }

  std::string where(const RawOp& raw, std::string_view name) {
    std::string text = "'" + std::string(name) + "'";
    if (const ir::Location* location = this->location(raw.location); location->known()) {
      text += " at " + location->text();
    }
    return text + " (byte " + std::to_string(raw.offset) + ")";
  }

  bool is_identity_on_one_device(const RawOp& raw, const OpName& name,
                                 const std::vector<ir::Value*>& operands) {
    if (!name.may_be_identity) return false;
    if (raw.num_regions != 0 || raw.result_types.size() != operands.size()) return false;
    for (size_t i = 0; i < operands.size(); ++i) {
      StatusOr<const ir::Type*> type = value_type(raw.result_types[i]);
      if (!type.ok() || !(**type == operands[i]->type())) return false;
    }
    return true;
  }

  // The op `raw` appended to `block`, or null for an identity on one device
  // (its results are its operands).
  StatusOr<ir::Op*> read_op(const RawOp& raw, ir::Block& block, Scope& scope,
                            bool function_level) {
    const OpName& op_name = lists_.op_names[raw.name];
    const std::string& name = op_name.full_name;
    // A member reused op after op: add_op copies the operands into the arena.
    std::vector<ir::Value*>& operands = lists_.operands;
    operands.clear();
    for (uint32_t number : raw.operands) {
      ir::Value* value = number < scope.values.size() ? scope.values[number] : nullptr;
      if (value == nullptr) {
        return invalid_argument(where(raw, name) + " uses value " + std::to_string(number) +
                                " before it is defined");
      }
      operands.push_back(value);
    }
    if (is_identity_on_one_device(raw, op_name, operands)) {
      // Sharding hints and the casts Shardy wraps around them: on one device
      // each result is its operand.
      for (size_t i = 0; i < operands.size(); ++i) {
        scope.define(raw.first_result + static_cast<uint32_t>(i), operands[i]);
      }
      return nullptr;
    }
    const VhloOpInfo* info = op_name.info;
    if (info == nullptr) {
      return unimplemented(where(raw, name) +
                           " is not supported by jax-metallib; please "
                           "report it with the program that produced it");
    }
    if (!op_name.in_version) {
      return invalid_argument(where(raw, name) + " does not exist in StableHLO " +
                              version_string(version_) + " (it exists from " +
                              version_string(info->min_version) + " to " +
                              version_string(info->max_version) + ")");
    }
    lists_.result_types.clear();
    for (uint32_t type : raw.result_types) {
      METALLIB_ASSIGN_OR_RETURN(const ir::Type* t, value_type(type));
      lists_.result_types.push_back(t);
    }
    ir::OpCode code = info->code;
    if (code == ir::OpCode::kReturn && function_level) code = ir::OpCode::kFuncReturn;
    ir::Op& op =
        block.add_op_of_kept_types(code, operands, lists_.result_types, location(raw.location));

    METALLIB_RETURN_IF_ERROR(read_attributes(raw, *info, code, op));

    for (size_t i = 0; i < op.results().size(); ++i) {
      scope.define(raw.first_result + static_cast<uint32_t>(i), &op.result(i));
    }
    return &op;
  }

  // The op's attributes as StableHLO has them.
  Status read_attributes(const RawOp& raw, const VhloOpInfo& info, ir::OpCode code,
                         ir::Op& op) {
    METALLIB_ASSIGN_OR_RETURN(const ir::DictionaryAttr* discardable,
                              discardable_dictionary(raw));
    if (info.attributes.empty() && discardable == nullptr) return ok_status();
    // Ops with equal properties entries (which the writer shares) get equal
    // attributes: broadcasts, reshapes and dot products repeat theirs, and
    // share one list instead of decoding it again.
    // Keyed by properties entry and op name: two kinds of op may share an
    // entry's bytes, and then only the first kind shares its list.
    SharedAttributes* shared = discardable == nullptr && raw.properties
                                   ? &lists_.shared_attributes[*raw.properties]
                                   : nullptr;
    if (shared != nullptr && shared->op != nullptr && shared->op_name == raw.name) {
      op.share_attributes(*shared->op);
      return ok_status();
    }
    METALLIB_RETURN_IF_ERROR(read_new_attributes(raw, info, code, discardable, op));
    if (shared != nullptr && shared->op == nullptr) *shared = {raw.name, &op};
    return ok_status();
  }

  Status read_new_attributes(const RawOp& raw, const VhloOpInfo& info, ir::OpCode code,
                             const ir::DictionaryAttr* discardable, ir::Op& op) {
    const std::string& name = lists_.op_names[raw.name].full_name;
    // Filled op after op, and made canonical in place: the op moves its
    // attributes into the module's arena and the buffer stays for the next.
    std::vector<ir::NamedAttribute>& attributes = lists_.attributes;
    attributes.clear();
    METALLIB_RETURN_IF_ERROR(
        append_properties(raw, info.attributes, info.integer_lists, name, &attributes));
    if (info.plain_attributes && discardable == nullptr) {
      // Already canonical, and in name order.
      op.take_attributes(attributes);
      return ok_status();
    }
    METALLIB_RETURN_IF_ERROR(append_discardable_attributes(raw, &attributes));
    Status canonical = canonicalize_attributes(code, attributes);
    if (!canonical.ok()) {
      return Status(canonical.code(), where(raw, name) + ": " + canonical.message());
    }
    set_attributes(op, attributes);
    return ok_status();
  }

  // `sorted` is sorted by name; an inherent and a discardable attribute of
  // one name (not seen from jaxlib) keep the later one, as set_attribute does.
  static void set_attributes(ir::Op& op, std::vector<ir::NamedAttribute>& sorted) {
    auto same_name = [](const ir::NamedAttribute& a, const ir::NamedAttribute& b) {
      return a.name == b.name;
    };
    if (std::adjacent_find(sorted.begin(), sorted.end(), same_name) == sorted.end()) {
      op.take_attributes(sorted);
      return;
    }
    for (ir::NamedAttribute& a : sorted)
      op.set_attribute(std::move(a.name), std::move(a.value));
  }

  ReaderScratch& lent_;  // where lists_ goes back to
  // The working lists (see ReaderScratch); the open scopes are
  // lists_.scopes[0 .. scope_depth_].
  ReaderScratch lists_;
  const ir::LocationSource* location_source_ = nullptr;
  const Container& container_;
  ir::Module* module_ = nullptr;    // being read
  ir::Storage* storage_ = nullptr;  // of the module being read
  bool read_module_op_ = false;
  size_t scope_depth_ = 0;
  int skipping_ = 0;  // open events inside an ignored op
  vhlo::ContainerResolver resolver_;
  Version version_;
};

// Memory that read_module() keeps per thread from one read to the next. A
// small program's tables take a few kilobytes, and an op's attribute list
// grows past one: requests that large cost a trip through malloc's general
// bins each read (why, and what it cost: the reader's paragraph on speed in
// docs/architecture.md). The module keeps nothing of this memory.
struct ReaderMemory {
  bytecode::Container tables;
  ReaderScratch scratch;

  // A large program's tables and lists are not kept for the rest of the
  // thread's life (table entries of about 40 bytes, list entries of 8).
  static constexpr size_t kMaxKeptTableEntries = 16384;
  static constexpr size_t kMaxKeptValues = 65536;
  void trim() {
    if (tables.attributes.capacity() + tables.types.capacity() > kMaxKeptTableEntries ||
        scratch.kept_values() > kMaxKeptValues) {
      tables = bytecode::Container();
      scratch = ReaderScratch();
    }
  }
};

StatusOr<std::unique_ptr<ir::Module>> read_module_with(std::span<const uint8_t> bytes,
                                                       ReaderMemory& memory) {
  METALLIB_RETURN_IF_ERROR(bytecode::read_container_tables(bytes, &memory.tables));
  METALLIB_ASSIGN_OR_RETURN(Version version, artifact_version(memory.tables));
  auto module = std::make_unique<ir::Module>();
  METALLIB_RETURN_IF_ERROR(
      ModuleReader(memory.tables, version, *module->storage, memory.scratch)
          .read(*module, bytes));
  return module;
}

}  // namespace

StatusOr<std::unique_ptr<ir::Module>> read_module(std::span<const uint8_t> bytes) {
  thread_local ReaderMemory memory;
  StatusOr<std::unique_ptr<ir::Module>> module = read_module_with(bytes, memory);
  memory.scratch.attributes.clear();  // an error may leave one op's list behind
  memory.trim();
  return module;
}

}  // namespace metallib::stablehlo
