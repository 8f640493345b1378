#include "stablehlo/deferred_locations.h"

#include "stablehlo/bytecode/reader.h"

namespace metallib::stablehlo {

DeferredLocations::DeferredLocations(std::span<const uint8_t> artifact, ir::Storage& storage)
    : artifact_(storage.arena.copy(artifact)) {}

bool DeferredLocations::open() const {
  if (!tried_) {
    tried_ = true;
    // The reader has read these very bytes, so this does not fail; were it
    // to, every location would be unknown.
    if (bytecode::read_container_tables(artifact_, &container_).ok()) {
      resolver_ = std::make_unique<vhlo::ContainerResolver>(container_);
    }
  }
  return resolver_ != nullptr;
}

const ir::Location* DeferredLocations::resolve(uint64_t index) const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!open()) return nullptr;
  StatusOr<ir::SharedLocation> location = resolver_->location(index);
  return location.ok() ? *location : nullptr;
}

}  // namespace metallib::stablehlo
