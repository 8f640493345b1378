// The plugin's only exported symbol, looked up by jaxlib after dlopen.
#include "pjrt/api_table.h"

extern "C" __attribute__((visibility("default"))) const PJRT_Api* GetPjrtApi() {
  return metallib::pjrt::api_table();
}
