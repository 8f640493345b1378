#include <gtest/gtest.h>

#include <span>
#include <string>
#include <vector>

#include "ir/module.h"
#include "ir/printer.h"
#include "ir/verifier.h"

namespace metallib::ir {
namespace {

Type f32(std::vector<int64_t> dims = {}) {
  return Type::tensor(ElementType::kF32, std::move(dims));
}

// main(%a, %b) = reduce(add(%a, %b), 0.0) over dim 0, with an add body.
std::unique_ptr<Module> sum_of_add() {
  auto module = std::make_unique<Module>();
  module->name = "jit_f";
  module->attributes.push_back(
      {"mhlo.num_partitions", Attribute{IntegerAttr{1, ElementType::kS32}}});
  Function& main = module->add_function("main");
  main.is_public = true;
  main.result_types = {f32()};
  Block& entry = main.body.add_block();
  Value& a = entry.add_argument(f32({3}));
  Value& b = entry.add_argument(f32({3}));
  Op& add = entry.add_op(OpCode::kAdd, {&a, &b}, {f32({3})}, Location::file("f.py", 3, 4));
  Op& zero = entry.add_op(OpCode::kConstant, {}, {f32()});
  zero.set_attribute("value", Attribute{DenseElementsAttr{f32(), std::string(4, '\0'), true}});
  Op& reduce = entry.add_op(OpCode::kReduce, {&add.result(), &zero.result()}, {f32()});
  reduce.set_attribute("dimensions", Attribute{DenseI64ArrayAttr{{0}}});
  Block& body = reduce.add_region().add_block();
  Value& x = body.add_argument(f32());
  Value& y = body.add_argument(f32());
  Op& sum = body.add_op(OpCode::kAdd, {&x, &y}, {f32()});
  body.add_op(OpCode::kReturn, {&sum.result()}, {});
  entry.add_op(OpCode::kFuncReturn, {&reduce.result()}, {});
  return module;
}

TEST(OpCode, MnemonicsRoundTrip) {
  EXPECT_EQ(mnemonic(OpCode::kDotGeneral), "stablehlo.dot_general");
  EXPECT_EQ(op_from_mnemonic("stablehlo.while"), OpCode::kWhile);
  EXPECT_EQ(op_from_mnemonic("stablehlo.no_such_op"), std::nullopt);
  for (int i = 0; i < kNumOpCodes; ++i) {
    auto code = static_cast<OpCode>(i);
    EXPECT_EQ(op_from_mnemonic(mnemonic(code)), code) << mnemonic(code);
  }
}

TEST(Type, PrintsLikeMlir) {
  EXPECT_EQ(f32({2, 3}).to_string(), "tensor<2x3xf32>");
  EXPECT_EQ(Type::tensor(ElementType::kPred, {}).to_string(), "tensor<i1>");
  EXPECT_EQ(Type::tensor(ElementType::kU8, {kDynamicDim, 4}).to_string(), "tensor<?x4xui8>");
  EXPECT_EQ(Type::tuple({f32(), Type::token()}).to_string(),
            "tuple<tensor<f32>, !stablehlo.token>");
}

TEST(Attribute, PrintsEveryKindReadably) {
  EXPECT_EQ(attribute_to_string(Attribute{DenseI64ArrayAttr{{1, 2}}}), "array<i64: 1, 2>");
  EXPECT_EQ(attribute_to_string(Attribute{ComparisonDirectionAttr{ComparisonDirection::kLt}}),
            "#stablehlo<comparison_direction LT>");
  EXPECT_EQ(attribute_to_string(Attribute{StringAttr{"a\"b"}}), "\"a\\\"b\"");
  EXPECT_EQ(attribute_to_string(
                Attribute{DenseElementsAttr{f32(), std::string("\0\0\x80\x3f", 4), true}}),
            "dense<\"0x0000803F\"> : tensor<f32>");
  DotDimensionNumbers dot{{0}, {0}, {2}, {1}};
  EXPECT_EQ(attribute_to_string(Attribute{dot}),
            "#stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], "
            "lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>");
}

// The StableHLO attributes print as MLIR's generic form prints them, so the
// golden corpus test can compare them with MLIR's text.
TEST(Attribute, PrintsStableHloStructsAsMlirDoes) {
  // Empty lists and zero integers are left out (StableHLO's printStruct).
  EXPECT_EQ(
      attribute_to_string(Attribute{DotDimensionNumbers{{}, {}, {1}, {0}}}),
      "#stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>");
  EXPECT_EQ(attribute_to_string(Attribute{DotDimensionNumbers{}}), "#stablehlo.dot<>");
  GatherDimensionNumbers gather;
  gather.collapsed_slice_dims = {0};
  gather.start_index_map = {0};
  EXPECT_EQ(attribute_to_string(Attribute{gather}),
            "#stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0]>");
  gather.index_vector_dim = 1;
  EXPECT_EQ(attribute_to_string(Attribute{gather}),
            "#stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], "
            "index_vector_dim = 1>");
  ScatterDimensionNumbers scatter;
  scatter.update_window_dims = {0, 1};
  EXPECT_EQ(attribute_to_string(Attribute{scatter}),
            "#stablehlo.scatter<update_window_dims = [0, 1]>");
  EXPECT_EQ(attribute_to_string(Attribute{OutputOperandAlias{{0}, 1, {}}}),
            "#stablehlo.output_operand_alias<output_tuple_indices = [0], operand_index = 1>");
  // Convolutions in the compact layout form: NHWC input, HWIO kernel.
  ConvDimensionNumbers conv;
  conv.input_batch_dimension = 0;
  conv.input_feature_dimension = 3;
  conv.input_spatial_dimensions = {1, 2};
  conv.kernel_input_feature_dimension = 2;
  conv.kernel_output_feature_dimension = 3;
  conv.kernel_spatial_dimensions = {0, 1};
  conv.output_batch_dimension = 0;
  conv.output_feature_dimension = 3;
  conv.output_spatial_dimensions = {1, 2};
  EXPECT_EQ(attribute_to_string(Attribute{conv}),
            "#stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>");
  conv.input_spatial_dimensions = {2, 1};  // spatial dims may be permuted
  EXPECT_EQ(attribute_to_string(Attribute{conv}).substr(0, 30),
            "#stablehlo.conv<[b, 1, 0, f]x[");
  EXPECT_EQ(attribute_to_string(Attribute{ChannelHandle{1, 0}}),
            "#stablehlo.channel_handle<handle = 1, type = 0>");
}

TEST(Attribute, PrintsNamesUnitsAndBooleansAsMlirDoes) {
  DictionaryAttr dict{{{"a.b", Attribute{UnitAttr{}}},
                       {"k", Attribute{IntegerAttr{1, ElementType::kPred}}},
                       {"two words", Attribute{SymbolRefAttr{"<lambda>"}}}}};
  EXPECT_EQ(attribute_to_string(Attribute{dict}),
            "{a.b, k = true, \"two words\" = @\"<lambda>\"}");
  EXPECT_EQ(attribute_to_string(Attribute{SymbolRefAttr{"main_0.x$"}}), "@main_0.x$");
  EXPECT_EQ(symbol_name("1st"), "@\"1st\"");
}

TEST(Type, KeepsAndPrintsDimensionBounds) {
  Type bounded = Type::bounded_tensor(ElementType::kF32, {kDynamicDim, 4}, {8, kDynamicDim});
  EXPECT_EQ(bounded.to_string(), "tensor<?x4xf32, #stablehlo.bounds<8, ?>>");
  EXPECT_EQ(bounded.bounds(), (std::vector<int64_t>{8, kDynamicDim}));
  EXPECT_FALSE(bounded.has_static_shape());
  EXPECT_TRUE(f32({3}).bounds().empty());
  EXPECT_FALSE(bounded == Type::tensor(ElementType::kF32, {kDynamicDim, 4}));
  EXPECT_TRUE(bounded ==
              Type::bounded_tensor(ElementType::kF32, {kDynamicDim, 4}, {8, kDynamicDim}));
}

TEST(Printer, PrintsGenericFormWithRegions) {
  auto module = sum_of_add();
  EXPECT_EQ(
      print_module(*module),
      "module @jit_f attributes {mhlo.num_partitions = 1 : i32} {\n"
      "  func.func public @main(%arg0: tensor<3xf32>, %arg1: tensor<3xf32>) -> (tensor<f32>) "
      "{\n"
      "    %0 = \"stablehlo.add\"(%arg0, %arg1) : (tensor<3xf32>, tensor<3xf32>) -> "
      "tensor<3xf32>  // loc(\"f.py\":3:4)\n"
      "    %1 = \"stablehlo.constant\"() {value = dense<\"0x00000000\"> : tensor<f32>} : () -> "
      "tensor<f32>\n"
      "    %2 = \"stablehlo.reduce\"(%0, %1) ({\n"
      "      ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):\n"
      "        %3 = \"stablehlo.add\"(%arg2, %arg3) : (tensor<f32>, tensor<f32>) -> "
      "tensor<f32>\n"
      "        \"stablehlo.return\"(%3) : (tensor<f32>) -> ()\n"
      "    }) {dimensions = array<i64: 0>} : (tensor<3xf32>, tensor<f32>) -> tensor<f32>\n"
      "    \"func.return\"(%2) : (tensor<f32>) -> ()\n"
      "  }\n"
      "}\n");
}

// Counts the live objects of its kind, to see an arena destroy them.
struct Counted {
  explicit Counted(int* live) : live(live) { ++*live; }
  Counted(Counted&& other) noexcept : live(other.live) { ++*live; }
  ~Counted() { --*live; }
  int* live;
};

TEST(Arena, MovedArraysLiveUntilTheArenaDies) {
  int live = 0;
  {
    Arena arena;
    std::vector<Counted> values;
    values.reserve(3);
    for (int i = 0; i < 3; ++i) values.emplace_back(&live);
    std::span<Counted> array = arena.move_array(std::span<Counted>(values));
    EXPECT_EQ(array.size(), 3u);
    EXPECT_NE(array.data(), values.data());
    values.clear();
    EXPECT_EQ(live, 3);  // the arena's copies
    EXPECT_TRUE(arena.move_array(std::span<Counted>()).empty());
  }
  EXPECT_EQ(live, 0);
}

// A dead arena's chunks, small ones included, serve the next arena; a chunk
// made for one large request is not kept.
TEST(Arena, ChunksOfEverySizeGoToThePoolAndAreDrawnFromIt) {
  size_t reserved = 0;
  size_t pooled_while_alive = 0;
  {
    Arena arena;
    // Small allocations up to the third chunk (4 + 8 + 16 KB), then one
    // large request that gets a chunk of its own.
    while (arena.reserved_bytes() < 28 * 1024) arena.allocate(512, 8);
    reserved = arena.reserved_bytes();
    arena.allocate(1 << 20, 8);
    pooled_while_alive = Arena::pooled_bytes();
  }
  const size_t pooled = Arena::pooled_bytes();
  EXPECT_EQ(pooled, pooled_while_alive + reserved);
  {
    Arena arena;
    while (arena.reserved_bytes() < reserved) arena.allocate(512, 8);
    EXPECT_EQ(arena.reserved_bytes(), reserved);
    EXPECT_EQ(Arena::pooled_bytes(), pooled - reserved);
  }
  EXPECT_EQ(Arena::pooled_bytes(), pooled);
}

// A request too large to share a chunk gets one of its own, of a pooled
// size where one holds it.
TEST(Arena, ChunksOfOneRequestArePooledUpToTheLargestSize) {
  size_t pooled_while_alive = 0;
  {
    Arena arena;
    arena.allocate(3000, 8);  // more than a quarter of the first chunk
    EXPECT_EQ(arena.reserved_bytes(), 4096u);
    arena.allocate(50000, 8);
    EXPECT_EQ(arena.reserved_bytes(), 4096u + 65536u);
    pooled_while_alive = Arena::pooled_bytes();
  }
  EXPECT_EQ(Arena::pooled_bytes(), pooled_while_alive + 4096 + 65536);
}

TEST(Op, AttributeListsAreSharedAndNeverChangedInPlace) {
  auto module = sum_of_add();
  Block& entry = *module->functions[0]->body.blocks()[0];
  Op& reduce = *entry.ops()[2];
  Op& other = entry.add_op(OpCode::kReduce, {}, {});
  other.share_attributes(reduce);
  EXPECT_EQ(other.attributes().data(), reduce.attributes().data());

  // set_attribute makes a new list, sorted by name; the shared one stays.
  other.set_attribute("a_first", Attribute{UnitAttr{}});
  ASSERT_EQ(other.attributes().size(), 2u);
  EXPECT_EQ(other.attributes()[0].name, "a_first");
  EXPECT_EQ(other.attributes()[1].name, "dimensions");
  EXPECT_EQ(reduce.attributes().size(), 1u);
  EXPECT_NE(other.attribute("dimensions"), nullptr);
  EXPECT_EQ(reduce.attribute("a_first"), nullptr);

  // take_attributes moves the list it is given into the module.
  std::vector<NamedAttribute> list = {{"k", Attribute{IntegerAttr{7}}}};
  other.take_attributes(list);
  ASSERT_EQ(other.attributes().size(), 1u);
  EXPECT_EQ(other.attribute("k")->get<IntegerAttr>()->value, 7);
  other.set_attributes({});
  EXPECT_TRUE(other.attributes().empty());
}

TEST(Verifier, AcceptsAWellFormedModule) {
  EXPECT_TRUE(verify(*sum_of_add()).ok());
}

TEST(Verifier, RejectsWrongArityWithTheOpAndLocation) {
  auto module = sum_of_add();
  Block& entry = *module->functions[0]->body.blocks()[0];
  Op& add = *entry.ops()[0];
  add.set_operands({add.operand(0)});  // add with one operand
  Status status = verify(*module);
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(
      status.message().find("'stablehlo.add' in @main at f.py:3:4 has 1 operands, expected 2"),
      std::string::npos)
      << status.message();
}

TEST(Verifier, RejectsValuesUsedOutsideTheirScope) {
  auto module = sum_of_add();
  Block& entry = *module->functions[0]->body.blocks()[0];
  // Return a value defined inside the reduce body from the function.
  Op& reduce = *entry.ops()[2];
  Value* inner = &reduce.regions()[0]->blocks()[0]->ops()[0]->result();
  entry.ops().back()->mutable_operands()[0] = inner;
  Status status = verify(*module);
  EXPECT_NE(status.message().find("before it is defined"), std::string::npos)
      << status.message();
}

TEST(Verifier, RejectsAReturnThatDoesNotMatchTheSignature) {
  auto module = sum_of_add();
  module->functions[0]->result_types = {f32({3})};
  Status status = verify(*module);
  EXPECT_NE(status.message().find("declared tensor<3xf32>"), std::string::npos)
      << status.message();
}

// jaxlib's shape: a name around callsite(the op's place at the callers).
TEST(Location, TextAndBriefOfATree) {
  Storage storage;
  Location range = Location::file("/src/model.py", 12, 3);
  range.number_count = 3;
  range.numbers[2] = 9;
  SharedLocation callee =
      storage.keep_location(Location::named("f", storage.keep_location(range)));
  SharedLocation caller = storage.keep_location(Location::call_site(
      storage.keep_location(
          Location::named("main", storage.keep_location(Location::file("/src/run.py", 40, 1)))),
      storage.keep_location(Location::named(
          "<module>", storage.keep_location(Location::file("/src/run.py", 50, 0))))));
  SharedLocation op = storage.keep_location(Location::named(
      "jit(f)/add", storage.keep_location(Location::call_site(callee, caller))));
  EXPECT_EQ(op->text(),
            "jit(f)/add(callsite(f(\"/src/model.py\":12:3 to :9) at "
            "callsite(main(\"/src/run.py\":40:1) at <module>(\"/src/run.py\":50:0))))");
  EXPECT_EQ(op->brief(), "/src/model.py:12:3");
  EXPECT_EQ(caller->brief(), "/src/run.py:40:1");
}

TEST(Location, BriefWithoutALineIsTheText) {
  Storage storage;
  EXPECT_EQ(Location::named("just_a_name").brief(), "just_a_name");
  Location file_only = Location::file("f.py", 0, 0);
  file_only.number_count = 0;  // a range of no numbers: "f.py"
  EXPECT_EQ(file_only.brief(), "\"f.py\"");
  // The first position with a line and a column, in the text's order.
  Location fused;
  fused.kind = Location::Kind::kFused;
  const SharedLocation parts[] = {storage.keep_location(file_only),
                                  storage.keep_location(Location::file("g.py", 2, 3))};
  fused.parts = parts;
  EXPECT_EQ(fused.text(), "fused[\"f.py\", \"g.py\":2:3]");
  EXPECT_EQ(fused.brief(), "g.py:2:3");
  EXPECT_EQ(Location().text(), "");
  EXPECT_EQ(storage.keep_location(Location()), nullptr);
}

// Malformed input can make each call site refer to one node twice, level
// after level: decoding stays linear (nodes are shared), and so must
// rendering, which would otherwise write 2^60 copies.
TEST(Location, TextAndBriefOfADeepSharedTreeAreBounded) {
  Storage storage;
  SharedLocation level = storage.keep_location(Location::named("x"));
  for (int i = 0; i < 60; ++i) level = storage.keep_location(Location::call_site(level, level));
  const std::string text = level->text();
  EXPECT_EQ(text.size(), Location::kMaxTextBytes + 3);
  EXPECT_TRUE(text.starts_with("callsite(callsite(")) << text.substr(0, 40);
  EXPECT_TRUE(text.ends_with("...")) << text.substr(text.size() - 40);
  EXPECT_EQ(level->brief(), text);  // no file position within the budget
}

// Decodes entry i as the file position "f<i>.py":i:1; entry 0 as nothing.
class CountingSource final : public LocationSource {
 public:
  explicit CountingSource(Storage& storage) : storage_(storage) {}
  const Location* resolve(uint64_t index) const override {
    ++calls;
    if (index == 0) return nullptr;
    names_.push_back("f" + std::to_string(index) + ".py");
    return storage_.keep_location(Location::file(names_.back(), index, 1));
  }
  mutable int calls = 0;

 private:
  Storage& storage_;
  mutable std::vector<std::string> names_;
};

TEST(Location, DeferredNodesAreDecodedWhenRead) {
  Storage storage;
  CountingSource source(storage);
  const Location seven = Location::deferred(&source, 7);
  EXPECT_EQ(source.calls, 0);
  EXPECT_TRUE(seven.known());
  EXPECT_EQ(seven.text(), "\"f7.py\":7:1");
  EXPECT_EQ(seven.brief(), "f7.py:7:1");
  // A node around a deferred child reads through it.
  SharedLocation kept = storage.keep_location(seven);
  EXPECT_EQ(Location::named("op", kept).text(), "op(\"f7.py\":7:1)");
  EXPECT_EQ(Location::call_site(storage.keep_location(Location::named("inner")), kept).brief(),
            "f7.py:7:1");
  // One that decodes to nothing is unknown, and says nothing.
  const Location nothing = Location::deferred(&source, 0);
  EXPECT_FALSE(nothing.known());
  EXPECT_EQ(nothing.text(), "");
  EXPECT_EQ(Location::named("op", storage.keep_location(nothing)).text(), "op");
  // Keeping a deferred node does not decode it.
  const int calls = source.calls;
  EXPECT_NE(storage.keep_location(Location::deferred(&source, 9)), nullptr);
  EXPECT_EQ(source.calls, calls);
}

TEST(Location, KeptCopiesOwnTheirName) {
  Storage storage;
  std::string name = "temporary";
  SharedLocation kept = storage.keep_location(Location::named(name));
  name = "changed!!";
  EXPECT_EQ(kept->text(), "temporary");
}

}  // namespace
}  // namespace metallib::ir
