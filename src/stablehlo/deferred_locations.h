// The op locations of one artifact, decoded when first asked for rather than
// while the artifact is read: jaxlib gives every op a location tree of a few
// entries, and decoding them took over a tenth of reading a small program,
// for text that only an error message or the printer ever reads.
//
// The source keeps a copy of the artifact in the module's arena, so the
// module may outlive the bytes it was read from (the arena's pooled chunks
// cost less than a fresh allocation of a few kilobytes, which glibc serves
// from its general bins). On the first request it reads the container's
// tables again and decodes through a ContainerResolver of its own, under a
// lock: a compiled program's messages may be written from any thread.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>

#include "ir/location.h"
#include "ir/module.h"
#include "stablehlo/bytecode/container.h"
#include "stablehlo/vhlo/container_resolver.h"

namespace metallib::stablehlo {

class DeferredLocations final : public ir::LocationSource {
 public:
  // Copies `artifact`, which the reader has read into a Container already,
  // into `storage`, the module's, which must outlive the source.
  DeferredLocations(std::span<const uint8_t> artifact, ir::Storage& storage);

  // Location entry `index` of the artifact (an attribute index). An entry
  // that is not a location, or that fails to decode, is unknown, as it was
  // when the reader decoded locations itself.
  const ir::Location* resolve(uint64_t index) const override;

 private:
  // Reads the tables on first use; false when they cannot be read.
  bool open() const;

  std::span<const uint8_t> artifact_;
  mutable std::mutex mutex_;
  // Whether open() has run; resolver_ is then set if the tables were read.
  mutable bool tried_ = false;
  mutable bytecode::Container container_;
  // Refers to container_, so declared after it, to die before it.
  mutable std::unique_ptr<vhlo::ContainerResolver> resolver_;
};

}  // namespace metallib::stablehlo
