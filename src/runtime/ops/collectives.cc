// Collectives on one device: all_reduce, all_gather, reduce_scatter,
// all_to_all, collective_permute, collective_broadcast, cross-replica-sum,
// replica_id and partition_id.
//
// The plugin runs every program on one device, i.e. one replica and one
// partition, whose id is 0 in every numbering StableHLO uses (replica,
// partition, flattened). Whatever mode an op's replica_groups are read in,
// a valid group can then only be {0} (or empty, which means "every
// process"), and a collective over a group of one process is an identity:
// a reduction of one value is that value, a gather or scatter of one piece
// is the whole operand. shard_map, pmap, psum and friends over a one-device
// mesh emit exactly such ops. A group naming any other process would need
// devices the plugin does not have; that is refused at compile time.
#include <cstring>

#include "runtime/ops/common.h"

namespace metallib::runtime::ops {
namespace {

// The ids of one dense i64 attribute ("replica_groups",
// "source_target_pairs"), row-major; a splat is expanded.
std::vector<int64_t> dense_ids(const ir::Op& op, std::string_view name) {
  const auto& dense = attribute<ir::DenseElementsAttr>(op, name);
  const ir::ElementType type = dense.type.element_type();
  if (type != ir::ElementType::kS64) {
    throw LoweringError(describe_op(op) + ": '" + std::string(name) +
                        "' must hold i64 ids, not " + std::string(ir::element_type_name(type)));
  }
  int64_t count = 1;
  for (int64_t d : dense.type.dims()) count *= d;
  std::vector<int64_t> ids(static_cast<size_t>(count));
  for (size_t i = 0; i < ids.size(); ++i) {
    const size_t at = dense.splat ? 0 : i * sizeof(int64_t);
    if (at + sizeof(int64_t) > dense.data.size()) {
      throw LoweringError(describe_op(op) + ": '" + std::string(name) + "' is truncated");
    }
    std::memcpy(&ids[i], dense.data.data() + at, sizeof(int64_t));
  }
  return ids;
}

Status more_than_one_device(const ir::Op& op, const std::string& what) {
  return unimplemented(describe_op(op) + ": " + what +
                       ", but jax-metallib runs each program on one device (1 replica, "
                       "1 partition), so only collectives over that one device are "
                       "supported; please report the program that needs more on the "
                       "jax-metallib issue tracker");
}

// Every group must be {0} or empty: -1 entries are padding of uneven groups.
Status check_single_process_groups(const ir::Op& op) {
  const auto& dense = attribute<ir::DenseElementsAttr>(op, "replica_groups");
  const std::vector<int64_t> ids = dense_ids(op, "replica_groups");
  const std::vector<int64_t>& dims = dense.type.dims();
  const size_t group_size = dims.size() == 2 ? static_cast<size_t>(dims[1]) : ids.size();
  for (size_t group = 0; group_size > 0 && group * group_size < ids.size(); ++group) {
    std::string members;
    int participants = 0;
    for (size_t k = 0; k < group_size; ++k) {
      const int64_t id = ids[group * group_size + k];
      if (id < 0) continue;
      members += (participants++ ? ", " : "") + std::to_string(id);
    }
    if (participants > 1) {
      return more_than_one_device(op, "replica group {" + members + "} has " +
                                          std::to_string(participants) + " participants");
    }
    if (participants == 1 && members != "0") {
      return more_than_one_device(op, "replica group {" + members + "} names process " +
                                          members + ", which does not exist");
    }
  }
  return ok_status();
}

// Results of a one-process collective have their operands' types.
Status check_results_match_operands(const ir::Op& op) {
  if (op.results().size() != op.operands().size()) {
    return invalid_argument(describe_op(op) + " has " + std::to_string(op.operands().size()) +
                            " operands but " + std::to_string(op.results().size()) +
                            " results");
  }
  for (size_t i = 0; i < op.results().size(); ++i) {
    if (!(op.result(i).type() == op.operand(i)->type())) {
      return invalid_argument(describe_op(op) + ": result " + std::to_string(i) + " (" +
                              op.result(i).type().to_string() + ") differs from operand " +
                              std::to_string(i) + " (" + op.operand(i)->type().to_string() +
                              "), which a collective over one process cannot do");
    }
  }
  return ok_status();
}

Status check_group_collective(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  METALLIB_RETURN_IF_ERROR(check_single_process_groups(op));
  return check_results_match_operands(op);
}

// A check that reads attributes turns a malformed one (LoweringError) into
// a status instead of letting it escape the compile call.
template <Status (*check)(const ir::Op&)>
Status guarded(const ir::Op& op) {
  try {
    return check(op);
  } catch (const LoweringError& e) {
    return invalid_argument(e.what());
  }
}

// all_to_all splits its operand into split_count pieces, one per process.
Status check_all_to_all(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(check_group_collective(op));
  const int64_t split_count = integer(op, "split_count");
  if (split_count != 1) {
    return more_than_one_device(op, "split_count is " + std::to_string(split_count) +
                                        " (one piece per participating process)");
  }
  return ok_status();
}

// source_target_pairs may only pair process 0 with itself.
Status check_collective_permute(const ir::Op& op) {
  METALLIB_RETURN_IF_ERROR(require_native_types(op));
  const std::vector<int64_t> ids = dense_ids(op, "source_target_pairs");
  for (size_t i = 0; i + 1 < ids.size(); i += 2) {
    if (ids[i] != 0 || ids[i + 1] != 0) {
      return more_than_one_device(op, "source_target_pairs sends from process " +
                                          std::to_string(ids[i]) + " to process " +
                                          std::to_string(ids[i + 1]));
    }
  }
  return check_results_match_operands(op);
}

// With one process, every collective the checks accept hands back its
// operands unchanged: the reduction body never has a second value to
// combine, and the gathered or scattered piece is the whole operand.
Arrays lower_one_process(const ir::Op&, const Arrays& operands) {
  return operands;
}

// Process 0 receives its own operand when it sends to itself; a process
// that receives nothing gets zeros (StableHLO's collective_permute).
Arrays lower_collective_permute(const ir::Op& op, const Arrays& x) {
  if (!dense_ids(op, "source_target_pairs").empty()) return x;
  return {mx::zeros(x[0].shape(), x[0].dtype())};
}

// replica_id and partition_id: the one device is replica 0, partition 0.
Arrays lower_process_id(const ir::Op& op, const Arrays&) {
  return {mx::zeros(result_shape(op), result_dtype(op))};
}

}  // namespace

void register_collective_ops(LoweringTable& table) {
  table.add(ir::OpCode::kAllReduce, lower_one_process, guarded<check_group_collective>);
  table.add(ir::OpCode::kAllGather, lower_one_process, guarded<check_group_collective>);
  table.add(ir::OpCode::kReduceScatter, lower_one_process, guarded<check_group_collective>);
  table.add(ir::OpCode::kCrossReplicaSum, lower_one_process, guarded<check_group_collective>);
  table.add(ir::OpCode::kCollectiveReduce, lower_one_process, guarded<check_group_collective>);
  table.add(ir::OpCode::kCollectiveBroadcast, lower_one_process,
            guarded<check_group_collective>);
  table.add(ir::OpCode::kAllToAll, lower_one_process, guarded<check_all_to_all>);
  table.add(ir::OpCode::kCollectivePermute, lower_collective_permute,
            guarded<check_collective_permute>);
  table.add(ir::OpCode::kReplicaId, lower_process_id);
  table.add(ir::OpCode::kPartitionId, lower_process_id);
}

}  // namespace metallib::runtime::ops
