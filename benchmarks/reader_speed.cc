// Speed of the StableHLO reader on one core, without Python in the way.
//
//   cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DMETALLIB_BUILD_BENCHMARKS=ON
//   cmake --build build/bench --target reader_speed
//   build/bench/benchmarks/reader_speed [--json out.json] [--repeats N] [FILE.mlir.bc ...]
//
// For each artifact it times read_module, then verify, then freeing the
// module, in this thread's CPU time (so time the scheduler gives to other
// work is not counted), and prints the median and the fastest of the
// repetitions with the throughput each gives. The median is the number to
// quote; on a shared virtual machine the fastest shows what the code costs
// when nothing else competes for the core's caches. Without files it reads
// the newest golden corpus: large_unrolled (20,404 ops), a small model's
// value_and_grad, and every artifact of that version together.
#include <time.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "ir/verifier.h"
#include "stablehlo/module_reader.h"

namespace {

namespace fs = std::filesystem;
using metallib::Status;

double thread_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

std::vector<uint8_t> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Case {
  std::string label;
  std::vector<std::vector<uint8_t>> artifacts;
  size_t bytes() const {
    size_t total = 0;
    for (const auto& a : artifacts) total += a.size();
    return total;
  }
};

// Seconds of one pass over the case's artifacts: read, verify, free.
struct Pass {
  double read = 0, verify = 0, free = 0;
  double total() const { return read + verify + free; }
};

Status run_pass(const Case& c, Pass* pass) {
  for (const auto& artifact : c.artifacts) {
    const double start = thread_seconds();
    auto module = metallib::stablehlo::read_module(artifact);
    const double read = thread_seconds();
    if (!module.ok()) return module.status();
    Status verified = metallib::ir::verify(**module);
    const double verify = thread_seconds();
    if (!verified.ok()) return verified;
    module = metallib::StatusOr<std::unique_ptr<metallib::ir::Module>>(nullptr);
    const double freed = thread_seconds();
    pass->read += read - start;
    pass->verify += verify - read;
    pass->free += freed - verify;
  }
  return metallib::ok_status();
}

struct Summary {
  double median = 0, fastest = 0;
};

Summary summarize(std::vector<double> seconds) {
  std::sort(seconds.begin(), seconds.end());
  return {seconds[seconds.size() / 2], seconds.front()};
}

std::vector<Case> default_cases(const fs::path& corpus) {
  std::vector<Case> cases;
  cases.push_back({"large_unrolled (20k ops)", {read_file(corpus / "large_unrolled.mlir.bc")}});
  cases.push_back({"mlp value_and_grad", {read_file(corpus / "value_and_grad_mlp.mlir.bc")}});
  Case every{"", {}};
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().string().ends_with(".mlir.bc")) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) every.artifacts.push_back(read_file(path));
  every.label = "corpus " + corpus.filename().string() + " (" +
                std::to_string(every.artifacts.size()) + " files)";
  cases.push_back(std::move(every));
  return cases;
}

// The folder of the newest StableHLO version in the golden corpus ("1.25.3").
fs::path newest_corpus(const fs::path& corpus) {
  fs::path newest;
  std::array<int, 3> newest_version{-1, -1, -1};
  for (const auto& entry : fs::directory_iterator(corpus)) {
    std::array<int, 3> version{};
    if (!entry.is_directory() || std::sscanf(entry.path().filename().c_str(), "%d.%d.%d",
                                             &version[0], &version[1], &version[2]) != 3) {
      continue;
    }
    if (version > newest_version) {
      newest_version = version;
      newest = entry.path();
    }
  }
  return newest;
}

int usage() {
  std::fprintf(stderr, "usage: reader_speed [--json FILE] [--repeats N] [FILE.mlir.bc ...]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string json_path;
  int repeats = 200;
  std::vector<Case> cases;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--json" && i + 1 < argc) {
      json_path = argv[++i];
    } else if (arg == "--repeats" && i + 1 < argc) {
      repeats = std::max(1, std::atoi(argv[++i]));
    } else if (arg.starts_with("--")) {
      return usage();
    } else {
      cases.push_back({fs::path(arg).filename().string(), {read_file(arg)}});
    }
  }
  if (cases.empty()) cases = default_cases(newest_corpus(METALLIB_GOLDEN_CORPUS));

  std::printf("%-30s %10s %9s %9s %8s %9s %8s %9s %8s\n", "case", "bytes", "read ms", "verify",
              "free", "total ms", "MB/s", "fastest", "MB/s");
  std::FILE* json = json_path.empty() ? nullptr : std::fopen(json_path.c_str(), "w");
  for (const Case& c : cases) {
    std::vector<double> read, verify, free, total;
    Pass warm;
    if (Status s = run_pass(c, &warm); !s.ok()) {  // also first-touch page faults
      std::fprintf(stderr, "%s: %s\n", c.label.c_str(), s.to_string().c_str());
      return 1;
    }
    for (int r = 0; r < repeats; ++r) {
      Pass pass;
      if (Status s = run_pass(c, &pass); !s.ok()) return 1;
      read.push_back(pass.read);
      verify.push_back(pass.verify);
      free.push_back(pass.free);
      total.push_back(pass.total());
    }
    const double mb = static_cast<double>(c.bytes()) / 1e6;
    const Summary r = summarize(read), v = summarize(verify), f = summarize(free),
                  t = summarize(total);
    std::printf("%-30s %10zu %9.3f %9.3f %8.3f %9.3f %8.1f %9.3f %8.1f\n", c.label.c_str(),
                c.bytes(), r.median * 1e3, v.median * 1e3, f.median * 1e3, t.median * 1e3,
                mb / t.median, t.fastest * 1e3, mb / t.fastest);
    if (json != nullptr) {
      std::fprintf(json,
                   "{\"benchmark\": \"reader_speed\", \"case\": \"%s\", \"bytes\": %zu, "
                   "\"repeats\": %d, \"read_s\": %.9f, \"verify_s\": %.9f, \"free_s\": %.9f, "
                   "\"total_s\": %.9f, \"mb_per_s\": %.3f, \"fastest_total_s\": %.9f, "
                   "\"fastest_mb_per_s\": %.3f, \"read_mb_per_s\": %.3f}\n",
                   c.label.c_str(), c.bytes(), repeats, r.median, v.median, f.median, t.median,
                   mb / t.median, t.fastest, mb / t.fastest, mb / r.median);
    }
  }
  if (json != nullptr) std::fclose(json);
  return 0;
}
