// Executable: a program ready to run on one device. It owns the optimised
// module and its plan; execute() queues a run on the device's executor and
// returns the output buffers at once, their ready events firing when MLX has
// computed them (or carrying the error that stopped the run).
#pragma once

#include <memory>
#include <span>
#include <vector>

#include "base/status.h"
#include "ir/module.h"
#include "runtime/buffer.h"
#include "runtime/device.h"
#include "runtime/event.h"

namespace metallib::runtime {

struct ExecutableOptions {
  // Fuse elementwise chains with mx::compile. On MLX's CPU backend each new
  // fused kernel is built by the host C++ compiler on first use (about half
  // a second, cached on disk), so the default there is off.
  bool fuse_segments = true;
};

// The options for `device`, with the MPS_FUSE environment variable (0 or 1)
// overriding the default.
ExecutableOptions default_executable_options(const Device& device);

class Executable {
 public:
  // Plans the entry function of `module` (already through the compiler's
  // pipeline). Fails with a clear message when an op cannot run.
  static StatusOr<std::shared_ptr<Executable>> create(std::unique_ptr<ir::Module> module,
                                                      std::shared_ptr<Device> device,
                                                      const ExecutableOptions& options);
  ~Executable();
  Executable(const Executable&) = delete;
  Executable& operator=(const Executable&) = delete;

  const ir::Module& module() const;
  const std::vector<ir::Type>& parameter_types() const;
  const std::vector<ir::Type>& result_types() const;
  // Parameters the program lets the caller donate (marked as aliasing an
  // output, or as buffer donors).
  const std::vector<bool>& donatable_parameters() const;

  // Queues one run with `arguments`; `donate[i]` allows the run to consume
  // argument i (it is deleted at once and its memory may be reused). `done`,
  // when given, fires once every output is ready or the run failed.
  StatusOr<std::vector<std::shared_ptr<Buffer>>> execute(
      std::span<const std::shared_ptr<Buffer>> arguments, std::span<const bool> donate,
      Event* done);

  // Everything a run needs; shared with the runs in flight. Defined in
  // executable.cc.
  struct State;

 private:
  explicit Executable(std::shared_ptr<State> state);
  std::shared_ptr<State> state_;  // shared with runs in flight
};

}  // namespace metallib::runtime
