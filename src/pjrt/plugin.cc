// Plugin-wide entry points: initialization and the attributes jaxlib reads
// before it creates a client.
#include "base/log.h"
#include "pjrt/entry_points.h"
#include "pjrt/error.h"
#include "pjrt/named_values.h"
#include "stablehlo/version.h"

namespace metallib::pjrt {
namespace {

const NamedValueList& plugin_attribute_list() {
  // Built once; the C API promises these live as long as the process.
  static const NamedValueList* list = [] {
    auto* values = new NamedValueList();
    values->add_int64_list("stablehlo_current_version", stablehlo::reported_version());
    return values;
  }();
  return *list;
}

}  // namespace

PJRT_Error* plugin_initialize(PJRT_Plugin_Initialize_Args* args) {
  return guarded("PJRT_Plugin_Initialize", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Plugin_Initialize_Args);
    METALLIB_LOG(kInfo) << "jax-metallib plugin initialized (PJRT C API 0." << PJRT_API_MINOR
                        << ")";
    return ok_status();
  });
}

PJRT_Error* plugin_attributes(PJRT_Plugin_Attributes_Args* args) {
  return guarded("PJRT_Plugin_Attributes", [&]() -> Status {
    METALLIB_CHECK_ARGS(args, PJRT_Plugin_Attributes_Args);
    const NamedValueList& list = plugin_attribute_list();
    args->attributes = list.data();
    args->num_attributes = list.size();
    return ok_status();
  });
}

}  // namespace metallib::pjrt
